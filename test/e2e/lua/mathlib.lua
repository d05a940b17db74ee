-- the math library over libm
local function r(x) return string.format("%.10f", x) end
print(r(math.sin(1)), r(math.cos(1)), r(math.tan(1)), r(math.asin(0.5)), r(math.atan(1, 2)))
print(r(math.exp(1)), r(math.log(10)), r(math.log(8, 2)), r(math.log(100, 10)), r(math.sqrt(2)))
print(math.floor(-3.5), math.ceil(-3.5), math.abs(-7), math.max(3, 9, 1), math.min(3, 9, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.7), math.ult(1, -1))
print(math.pi, math.huge > 1e308, r(2 ^ 0.5), 10 // 3.0)
math.randomseed(42)
local ok = true
for _ = 1, 1000 do local x = math.random(1, 6); ok = ok and x >= 1 and x <= 6 end
print("random in range", ok, math.type(math.random(10)))
