-- patterns, gsub, find, format, byte/char, rep, reverse, utf8
local s = "The quick brown fox jumps over the lazy dog"
print(s:find("quick"), s:match("(%a+) fox"), select(2, s:gsub("o", "0")))
for w in s:gmatch("%a%a%a%a%a") do io.write(w, ";") end
print()
print(("key = value"):match("^(%w+)%s*=%s*(%w+)$"))
print(("hello world"):gsub("(%w+)", "<%1>"))
print(("abc"):rep(3, "-"), ("stressed"):reverse(), ("%d"):format(42))
print(string.format("%5.2f|%-6d|%x|%X|%o|%e|%g|%q", math.pi, 42, 255, 255, 8, 12345.678, 0.0001, "a\nb"))
print(string.format("%10s|%-10s|%.3s|%c%c", "right", "left", "truncate", 72, 105))
print(string.byte("ABC", 1, -1), string.char(76, 117, 97))
print(utf8.char(72, 228, 8364), utf8.len("häll€"), #"häll€")
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|", ("a,b,,c"):gsub(",", ";"))
print(string.format("%g %g %g %.17g", 1e20, 1/3, -0.0, 0.1))
