-- Dashboard requests over many filters: periods, provinces, forms, sexes, age groups.
local provinces = {"", "11", "12", "31", "32", "33", "35", "51", "52", "53", "61", "64", "73"}
local periods = {"2021", "2022", "2023", "2024", "2025", "2025-Q1", "2025-Q3", "2024-06", "TA2025"}
local forms = {"", "sexual", "labour", "mixed"}
local sexes = {"", "female", "male"}
local ages = {"", "child", "adult"}
local n = 0
request = function()
  n = n + 1
  local q = "periode=" .. periods[n % #periods + 1] .. "&instansi=semua"
  local p = provinces[(n * 7) % #provinces + 1]
  if p ~= "" then q = q .. "&provinsi=" .. p end
  local f = forms[(n * 3) % #forms + 1]
  if f ~= "" then q = q .. "&bentuk=" .. f end
  local s = sexes[(n * 5) % #sexes + 1]
  if s ~= "" then q = q .. "&jenis_kelamin=" .. s end
  local a = ages[(n * 11) % #ages + 1]
  if a ~= "" then q = q .. "&usia=" .. a end
  return wrk.format("GET", "/pemantauan?" .. q)
end
