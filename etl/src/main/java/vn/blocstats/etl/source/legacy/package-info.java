/**
 * Vietnamese text typed years ago in the legacy 8-bit font encodings, TCVN3 (ABC: fonts ".VnTime",
 * ".VnArial", capitals fonts ".VnTimeH") and VNI-Windows (fonts "VNI-Times", "VNI-Helve"), turned
 * into Unicode NFC and back. {@link vn.blocstats.etl.source.legacy.LegacyEncoding} converts and tells
 * the encoding from an Excel cell's font name; {@link vn.blocstats.etl.source.legacy.LegacyDetector}
 * recognises a CSV file's encoding from its bytes. The code tables and their sources are in
 * {@code CodeTables}.
 */
package vn.blocstats.etl.source.legacy;
