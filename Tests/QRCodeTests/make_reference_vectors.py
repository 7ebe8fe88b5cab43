"""Writes ReferenceVectors.swift: QR codes made by two independent implementations from PyPI for
the Swift encoder's tests to match. Run by hand when the vectors need to change, not by CI:

    python3 -m venv /tmp/qr && /tmp/qr/bin/pip install segno==1.6.6 qrcode==8.2
    /tmp/qr/bin/python Tests/QRCodeTests/make_reference_vectors.py > Tests/QRCodeTests/ReferenceVectors.swift

segno 1.6.6 adds a whole zero codeword when the data and terminator end on a byte boundary
(write_padding_bits), where ISO/IEC 18004 §7.4.10 adds nothing before the pad codewords; readers
accept both, but the modules differ. So symbols with pad codewords come from python-qrcode, and
segno (whose penalty rules read the standard as Simpul does) only makes symbols filled to capacity.
"""
import qrcode
import segno

LEVELS = {"L": "low", "M": "medium", "Q": "quartile", "H": "high"}


def make(data, level, mask=None, version=None):
    return segno.make(data, mode="byte", error=level, boost_error=False, micro=False, mask=mask, version=version)


def rows(qr):
    return ["".join("1" if m else "0" for m in row) for row in qr.matrix]


def padded_rows(data, level, mask):
    """python-qrcode's symbol for `data` in byte mode at the smallest version."""
    q = qrcode.QRCode(error_correction=getattr(qrcode.constants, "ERROR_CORRECT_" + level), border=0, mask_pattern=mask)
    q.add_data(qrcode.util.QRData(data, mode=qrcode.util.MODE_8BIT_BYTE))
    q.make(fit=True)
    return ["".join("1" if m else "0" for m in row) for row in q.modules]


def fnv1a(text):
    """64-bit FNV-1a: small to write down and to compute again in Swift."""
    h = 0xCBF29CE484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def filler(length, version):
    """The bytes the Swift test makes again: (7i + version) mod 256."""
    return bytes((7 * i + version) % 256 for i in range(length))


def fits(length, version, level):
    try:
        return make(b"a" * length, level, mask=0).version <= version
    except segno.DataOverflowError:
        return False


def capacity(version, level):
    """The longest byte string that segno puts in `version` at `level`, found by halving."""
    low, high = 0, 3000
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(middle, version, level) else (low, middle - 1)
    return low


def main():
    out = [f"// Made by make_reference_vectors.py with segno {segno.__version__} and python-qrcode; do not edit by hand.",
           "import QRCode", "", "enum ReferenceVectors {"]

    out.append("    /// Whole small symbols: input, level, forced mask, then the rows (1 = dark), no quiet zone.")
    out.append("    static let matrices: [(text: String, level: ErrorCorrectionLevel, mask: Mask, rows: [String])] = [")
    for text, level, mask in [("otpauth", "M", 0), ("Simpul", "L", 5), ("hello, world", "H", 3),
                              ("https://simpul.example/akun/otp", "M", 6), ("KUNCI RAHASIA 2FA", "Q", 7)]:
        out.append(f'        ("{text}", .{LEVELS[level]}, .pattern{mask}, [')
        out += [f'            "{r}",' for r in padded_rows(text.encode(), level, mask)]
        out.append("        ]),")
    out.append("    ]")

    out.append("")
    out.append("    /// Bytes each level M version holds at most (ISO/IEC 18004 table 7), versions 1–40.")
    out.append("    static let mediumCapacity: [Int] = [")
    caps = [capacity(v, "M") for v in range(1, 41)]
    out += ["        " + ", ".join(map(str, caps[i:i + 10])) + "," for i in range(0, 40, 10)]
    out.append("    ]")

    out.append("")
    out.append("    /// Every version at every level, filled to its capacity with `filler` bytes and masked with")
    out.append("    /// pattern `version % 8`: the FNV-1a hash of the rows joined by newlines, and the hash's version.")
    out.append("    static let fullSymbolHashes: [(version: Int, level: ErrorCorrectionLevel, length: Int, hash: UInt64)] = [")
    for level in "LMQH":
        for v in range(1, 41):
            length = capacity(v, level)
            qr = make(filler(length, v), level, mask=v % 8)
            assert qr.version == v, (v, level, qr.version)
            out.append(f"        ({v}, .{LEVELS[level]}, {length}, 0x{fnv1a(chr(10).join(rows(qr))):016X}),")
    out.append("    ]")

    out.append("")
    out.append("    /// otpauth addresses, lengthened to fill version 7-M (122 bytes), with the mask segno chose")
    out.append("    /// for them by the penalty rules.")
    out.append("    static let chosenMasks: [(text: String, mask: Mask)] = [")
    for i in range(24):
        secret = "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[(i * 13 + k * k * 7 + k) % 32] for k in range(32))
        user = ["admin", "penyidik", "peksos.atambua", "petugas.kupang"][i % 4]
        text = f"otpauth://totp/Simpul:{user}?secret={secret}&issuer=Simpul&digits=6&period=30&x="
        text += "0" * (122 - len(text))
        qr = make(text.encode(), "M")
        assert qr.version == 7
        out.append(f'        ("{text}", .pattern{qr.mask}),')
    out.append("    ]")
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
