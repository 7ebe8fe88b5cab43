-- The issue's Saudi offer, named with a company so the register of 10,000 agencies is searched,
-- each request from another address (X-Forwarded-For; the server runs with --trusted-proxies 1),
-- as many phones would send it. TARGET=api posts offer.json to /api/v1/offer-checks;
-- TARGET=page posts offer.form, the checker's last page, whose answer is the result page.
local page = os.getenv("TARGET") == "page"
local file = io.open("benchmarks/offer-check/" .. (page and "offer.form" or "offer.json"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = page and "application/x-www-form-urlencoded" or "application/json"
local n = 0
request = function()
  n = n + 1
  wrk.headers["X-Forwarded-For"] = "10." .. (n % 251) .. "." .. (math.floor(n / 251) % 251) .. ".7"
  return wrk.format()
end
