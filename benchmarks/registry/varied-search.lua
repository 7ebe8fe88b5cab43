-- wrk script: case searches that differ from request to request (a word of a kabupaten/kota,
-- a stage or none, one of the first five pages: 1,600 different pages), so that the
-- server's kept pages (256) rarely answer and the database is searched nearly every time.
local words = {"kupang", "belu", "malaka", "sumba", "flores", "lombok", "mataram", "sumbawa", "bima",
  "surabaya", "malang", "banyuwangi", "blitar", "tulungagung", "ponorogo", "jember", "indramayu",
  "cianjur", "sukabumi", "karawang", "bandung", "cirebon", "cilacap", "brebes", "semarang", "kendal",
  "banyumas", "pontianak", "sanggau", "singkawang", "sambas", "medan", "deli", "asahan", "batam",
  "karimun", "tangerang", "serang", "makassar", "nunukan"}
local stages = {"", "reported", "inquiry", "investigation", "prosecution", "trial", "verdict", "closed"}
math.randomseed(7)
request = function()
  local path = "/kasus?q=" .. words[math.random(#words)] .. "&hal=" .. math.random(5)
  local stage = stages[math.random(#stages)]
  if stage ~= "" then path = path .. "&status=" .. stage end
  return wrk.format("GET", path)
end
