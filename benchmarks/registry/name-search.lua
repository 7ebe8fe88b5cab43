-- wrk script: case searches by a person's name (a given name and a family name of the demo's
-- naming traditions, so many persons match, the hard case) or by a NIK (sixteen digits, mostly
-- unknown), different from request to request so that kept pages rarely answer.
local given = {"Sri", "Siti", "Endang", "Wulan", "Rini", "Lestari", "Budi", "Agus", "Joko", "Wahyu", "Maria", "Yosefina",
  "Agustina", "Yohanes", "Petrus", "Nur", "Fatimah", "Aisyah", "Euis", "Neneng", "Asep", "Dede"}
local family = {"Santoso", "Wibowo", "Susanto", "Prasetyo", "Hartono", "Setiawan", "Rahayu", "Handayani", "Wahyuni", "Utami",
  "Seran", "Bria", "Tefa", "Nahak", "Suryana", "Hidayat", "Kurniawan", "Permana"}
math.randomseed(11)
request = function()
  local q
  if math.random() < 0.8 then
    q = given[math.random(#given)] .. "+" .. family[math.random(#family)]
  else
    q = "35" .. string.format("%014d", math.random(0, 99999999999999))
  end
  return wrk.format("GET", "/kasus?q=" .. q .. "&hal=" .. math.random(3))
end
