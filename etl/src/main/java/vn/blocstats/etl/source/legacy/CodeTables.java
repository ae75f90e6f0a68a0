package vn.blocstats.etl.source.legacy;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * The byte tables of the two legacy encodings, and the Windows-1252 ("ANSI") view of a byte that a
 * Windows program gives to text typed in these fonts. Immutable after class initialisation;
 * thread-safe.
 *
 * <h2>Sources</h2>
 * Every code below comes from public code tables, checked against each other:
 * <ul>
 * <li><b>VNI-Windows</b>: UniKey's VnConv library, {@code data.cpp}, table {@code DoubleByteTables}
 * entry "VNI-WIN" (a word per letter: low byte the base letter, high byte the mark), read against its
 * {@code UnicodeTable} in the same letter order. Pham Kim Long, UniKey project, GPL; as kept in
 * https://github.com/fcitx/fcitx5-unikey/blob/0409ee4806e7a3b4eee2965daf41337d99fa59f0/unikey/data.cpp
 * <li><b>TCVN3 (ABC)</b>: the same file's "TCVN3" column of {@code SingleByteTables} (which codes ABC
 * uses: 0xA1–0xA7 for Ă Â Ê Ô Ơ Ư Đ, and one code per lower-case letter, which it also uses for the
 * capital with a tone mark); the Unicode value of each code from GNU libiconv's TCVN 5712 table,
 * {@code lib/tcvn.h}, array {@code tcvn_2uni_2},
 * https://github.com/koron/libiconv/blob/e98ae72e3667060f974d0d7b6cfcd88bdd0c0985/lib/tcvn.h
 * (TCVN 5712:1993 "VN1"; ABC/VN3 is its subset without the upper-case letters at 0x01–0x17,
 * 0x80–0x9F, 0xAF, 0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF and the combining marks at
 * 0xB0–0xB4). All 74 codes of UniKey's TCVN3 column agree with libiconv's table.
 * <li><b>Capitals fonts</b> (".VnTimeH"): "in the capital version all characters in the font appear
 * in the capital format even though some of them are defined to be lower case by the character set
 * encoding" — WinVNKey help, "Check Capital fonts",
 * https://winvnkey.sourceforge.net/webhelp/check_capital_fonts.htm. ABC's H fonts are of its
 * "all-capital" kind: ASCII letters too are drawn as capitals.
 * <li>The ANSI view of bytes 0x80–0x9F: Windows-1252 as the JDK defines it; UniKey keeps these
 * "Western symbols" unchanged in both encodings (the tail of each table in {@code data.cpp}).
 * </ul>
 * The tables are written here as {@code letter=hex bytes}; a test checks that both cover every
 * Vietnamese letter and agree with each other.
 */
final class CodeTables {

	/**
	 * TCVN3 (ABC), regular fonts: the letter a byte stands for. Bytes not listed are ASCII below 0x80
	 * and otherwise their Windows-1252 character.
	 */
	static final String TCVN3 = """
			á=B8 à=B5 ả=B6 ã=B7 ạ=B9 Â=A2 â=A9 ấ=CA ầ=C7 ẩ=C8 ẫ=C9 ậ=CB
			Ă=A1 ă=A8 ắ=BE ằ=BB ẳ=BC ẵ=BD ặ=C6 Đ=A7 đ=AE é=D0 è=CC ẻ=CE
			ẽ=CF ẹ=D1 Ê=A3 ê=AA ế=D5 ề=D2 ể=D3 ễ=D4 ệ=D6 í=DD ì=D7 ỉ=D8
			ĩ=DC ị=DE ó=E3 ò=DF ỏ=E1 õ=E2 ọ=E4 Ô=A4 ô=AB ố=E8 ồ=E5 ổ=E6
			ỗ=E7 ộ=E9 Ơ=A5 ơ=AC ớ=ED ờ=EA ở=EB ỡ=EC ợ=EE ú=F3 ù=EF ủ=F1
			ũ=F2 ụ=F4 Ư=A6 ư=AD ứ=F8 ừ=F5 ử=F6 ữ=F7 ự=F9 ý=FD ỳ=FA ỷ=FB
			ỹ=FC ỵ=FE
			""";

	/**
	 * VNI-Windows: the one or two bytes of each Vietnamese letter outside ASCII (a base letter and a
	 * mark, or a byte of its own).
	 */
	static final String VNI_WINDOWS = """
			Á=41D9 á=61F9 À=41D8 à=61F8 Ả=41DB ả=61FB Ã=41D5 ã=61F5 Ạ=41CF ạ=61EF Â=41C2 â=61E2
			Ấ=41C1 ấ=61E1 Ầ=41C0 ầ=61E0 Ẩ=41C5 ẩ=61E5 Ẫ=41C3 ẫ=61E3 Ậ=41C4 ậ=61E4 Ă=41CA ă=61EA
			Ắ=41C9 ắ=61E9 Ằ=41C8 ằ=61E8 Ẳ=41DA ẳ=61FA Ẵ=41DC ẵ=61FC Ặ=41CB ặ=61EB Đ=D1 đ=F1
			É=45D9 é=65F9 È=45D8 è=65F8 Ẻ=45DB ẻ=65FB Ẽ=45D5 ẽ=65F5 Ẹ=45CF ẹ=65EF Ê=45C2 ê=65E2
			Ế=45C1 ế=65E1 Ề=45C0 ề=65E0 Ể=45C5 ể=65E5 Ễ=45C3 ễ=65E3 Ệ=45C4 ệ=65E4 Í=CD í=ED
			Ì=CC ì=EC Ỉ=C6 ỉ=E6 Ĩ=D3 ĩ=F3 Ị=D2 ị=F2 Ó=4FD9 ó=6FF9 Ò=4FD8 ò=6FF8
			Ỏ=4FDB ỏ=6FFB Õ=4FD5 õ=6FF5 Ọ=4FCF ọ=6FEF Ô=4FC2 ô=6FE2 Ố=4FC1 ố=6FE1 Ồ=4FC0 ồ=6FE0
			Ổ=4FC5 ổ=6FE5 Ỗ=4FC3 ỗ=6FE3 Ộ=4FC4 ộ=6FE4 Ơ=D4 ơ=F4 Ớ=D4D9 ớ=F4F9 Ờ=D4D8 ờ=F4F8
			Ở=D4DB ở=F4FB Ỡ=D4D5 ỡ=F4F5 Ợ=D4CF ợ=F4EF Ú=55D9 ú=75F9 Ù=55D8 ù=75F8 Ủ=55DB ủ=75FB
			Ũ=55D5 ũ=75F5 Ụ=55CF ụ=75EF Ư=D6 ư=F6 Ứ=D6D9 ứ=F6F9 Ừ=D6D8 ừ=F6F8 Ử=D6DB ử=F6FB
			Ữ=D6D5 ữ=F6F5 Ự=D6CF ự=F6EF Ý=59D9 ý=79F9 Ỳ=59D8 ỳ=79F8 Ỷ=59DB ỷ=79FB Ỹ=59D5 ỹ=79F5
			Ỵ=CE ỵ=EE
			""";

	/** The Windows-1252 character of each byte; bytes Windows-1252 leaves undefined keep their value. */
	private static final char[] ANSI = new char[256];

	/** The byte of each Windows-1252 character above U+00FF (the typographic ones at 0x80–0x9F). */
	private static final Map<Character, Integer> ANSI_HIGH = new HashMap<>();

	static {
		Charset cp1252 = Charset.forName("windows-1252");
		for (int b = 0; b < 256; b++) {
			char c = b < 0x80 || b >= 0xA0 ? (char) b : new String(new byte[] {(byte) b}, cp1252).charAt(0);
			ANSI[b] = c == '\uFFFD' ? (char) b : c;
			if (ANSI[b] > 0xFF) {
				ANSI_HIGH.put(ANSI[b], b);
			}
		}
	}

	private CodeTables() {
	}

	/** The character a Windows program shows for a byte typed in a legacy font (Windows-1252). */
	static char ansiChar(int b) {
		return ANSI[b & 0xFF];
	}

	/**
	 * The byte behind a character of a Windows-1252 or ISO-8859-1 reading: the character itself up to
	 * U+00FF, the Windows-1252 byte of a typographic character (“ ” – … €), -1 for any other.
	 */
	static int ansiByte(char c) {
		if (c <= 0xFF) {
			return c;
		}
		Integer b = ANSI_HIGH.get(c);
		return b == null ? -1 : b;
	}

	/** Parses a table written as {@code letter=hex} entries into letter → bytes. */
	static Map<Character, byte[]> parse(String table) {
		Map<Character, byte[]> letters = new HashMap<>();
		for (String entry : table.strip().split("\\s+")) {
			int equals = entry.indexOf('=');
			String hex = entry.substring(equals + 1);
			byte[] bytes = new byte[hex.length() / 2];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
			}
			if (equals != 1 || letters.put(entry.charAt(0), bytes) != null) {
				throw new IllegalStateException("bad code table entry " + entry);
			}
		}
		return Map.copyOf(letters);
	}
}
