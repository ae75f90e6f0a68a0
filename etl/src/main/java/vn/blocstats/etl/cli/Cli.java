package vn.blocstats.etl.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The command line of blocstats (everything but {@code serve}, which the application module adds):
 * {@code import}, {@code query}, {@code imports}, {@code alias}, {@code rule}, {@code refresh}, {@code template}. Each command returns
 * the process's exit code. (The developers' {@code bench} and {@code sample} are the tools module's.)
 */
@Component
public class Cli {

	/** Exit code for a wrong command line. */
	public static final int USAGE = 64;

	// Each command is asked for only when it runs: a lean context (CliContexts) holds only the one it serves.
	private final ObjectProvider<ImportCommand> importCommand;
	private final ObjectProvider<QueryCommand> queryCommand;
	private final ObjectProvider<ImportsCommand> importsCommand;
	private final ObjectProvider<AliasCommand> aliasCommand;
	private final ObjectProvider<RuleCommand> ruleCommand;
	private final ObjectProvider<RefreshCommand> refreshCommand;
	private final ObjectProvider<TemplateCommand> templateCommand;

	Cli(ObjectProvider<ImportCommand> importCommand, ObjectProvider<QueryCommand> queryCommand,
			ObjectProvider<ImportsCommand> importsCommand, ObjectProvider<AliasCommand> aliasCommand,
			ObjectProvider<RuleCommand> ruleCommand, ObjectProvider<RefreshCommand> refreshCommand,
			ObjectProvider<TemplateCommand> templateCommand) {
		this.importCommand = importCommand;
		this.queryCommand = queryCommand;
		this.importsCommand = importsCommand;
		this.aliasCommand = aliasCommand;
		this.ruleCommand = ruleCommand;
		this.refreshCommand = refreshCommand;
		this.templateCommand = templateCommand;
	}

	/** The commands this class runs. */
	public static boolean handles(String command) {
		return List.of("import", "query", "imports", "alias", "rule", "refresh", "template").contains(command);
	}

	public int run(List<String> args, PrintStream out, PrintStream err) {
		Args a;
		try {
			a = Args.parse(args.subList(1, args.size()));
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		try {
			return switch (args.getFirst()) {
				case "import" -> importCommand.getObject().run(a, out, err);
				case "query" -> queryCommand.getObject().run(a, out, err);
				case "imports" -> importsCommand.getObject().run(a, out, err);
				case "alias" -> aliasCommand.getObject().run(a, out, err);
				case "rule" -> ruleCommand.getObject().run(a, out, err);
				case "refresh" -> refreshCommand.getObject().run(a, out, err);
				case "template" -> templateCommand.getObject().run(a, out, err);
				default -> {
					err.println("Lệnh không có: " + args.getFirst());
					yield USAGE;
				}
			};
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		}
	}

	/**
	 * Prints an import's summary exactly as {@code blocstats import} does (the table, the totals,
	 * where the report is): for a server that runs an import handed over by the command line.
	 */
	public static void printImport(vn.blocstats.etl.load.ImportSummary summary, PrintStream out) {
		ImportCommand.print(summary, out);
	}

	/**
	 * Options that each take a value ({@code --committee 74-KCQDN --out f.docx}), for the commands
	 * of the application module: an option not in {@code known} or without its value is a usage error.
	 *
	 * @throws IllegalArgumentException with the Vietnamese reason (the caller exits {@link #USAGE})
	 */
	public static java.util.Map<String, String> valued(List<String> args, List<String> known) {
		java.util.Map<String, String> o = new java.util.LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String name = args.get(i);
			if (!known.contains(name)) {
				throw new IllegalArgumentException("Tùy chọn không có: " + name);
			}
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException("Tùy chọn " + name + " thiếu giá trị");
			}
			o.put(name, args.get(++i));
		}
		return o;
	}

	/** The usage text printed by {@code blocstats help}. */
	public static String usage() {
		return """
				blocstats — thống kê Đảng bộ Khối / statistics of provincial Party committee blocs

				  blocstats import [--db FILE] [--dry-run] [--report FILE] PATH...
				      Nạp tệp CSV/XLSX/XLS (tệp hoặc thư mục) vào kho. Exit 0: nạp hết; 3: có dòng bị loại; 2: có tệp không đọc được;
				      1: đã nạp nhưng không cập nhật được bảng số liệu (khắc phục rồi chạy blocstats refresh).
				      Khi máy chủ (serve) đang chạy: gửi tệp cho máy chủ nạp, với --user NAME và mật khẩu trong
				      BLOCSTATS_PASSWORD (hoặc --password-stdin); vai trò steward hoặc admin.
				  blocstats import --inbox [--db FILE] [--dry-run]
				      Nạp ngay hộp thư đến (như lần chạy hằng đêm): mỗi tệp một lần, rồi chuyển sang processed/ hoặc rejected/.
				  blocstats serve [--db FILE | --demo] [--port 8080]
				      Máy chủ chạy lâu dài: bảng điều khiển web (http://localhost:8080/) và nạp hộp thư đến theo lịch
				      (blocstats.nightly.cron, mặc định 01:00). Lần đầu chưa có người dùng: tạo admin, in mật khẩu một lần.
				      Kho thật không bao giờ nạp dữ liệu mẫu. --demo: kho demo data/demo.duckdb (dữ liệu mẫu, số liệu giả lập,
				      nạp lần đầu; không nạp hộp thư đến); --demo dùng được với mọi lệnh (import --demo sample-data/).
				  blocstats user add [--db FILE] --role admin|steward|viewer [--password-stdin] NAME
				      Thêm người dùng bảng điều khiển; mật khẩu đọc từ stdin (--password-stdin) hoặc sinh ngẫu nhiên và in ra.
				  blocstats export chart [trend|term-trend|attainment] [--db FILE] --committee CODE --metric CODE [--term 2015-2020]
				        [--format png|svg|pdf|xlsx|csv] [--size text|half|landscape] [--dpi 300] [--caption …] [--source …]
				        [--number N] [--sep ;] [--theme document|screen] [--lang vi|en] --out FILE
				      Xuất biểu đồ (cùng định nghĩa với bảng điều khiển) cho văn kiện: PNG in ấn, SVG, PDF; số liệu XLSX, CSV.
				  blocstats export pack [--db FILE] --committee CODE --term 2015-2020 [--format docx|pdf] --out FILE.docx
				      Bộ số liệu Đại hội của một nhiệm kỳ: biểu đồ đánh số, chú thích, nguồn, bảng số liệu, câu về chỉ tiêu.
				  blocstats template [--db FILE] --committee CODE --period 2026-H1 [--metrics all|CODE,…] [--unit CODE] --out FILE.xlsx
				      Mẫu báo cáo Excel cho đơn vị: danh sách đơn vị có mã, cột chỉ tiêu, kiểm tra dữ liệu, dòng tổng, số kỳ trước.
				  blocstats reminders [--db FILE] --committee CODE --period 2026-H1 [--format xlsx|csv|docx] --out FILE [--templates DIR]
				      Đơn vị chưa gửi báo cáo của kỳ (theo số liệu đầy đủ): danh sách XLSX/CSV hoặc công văn nhắc DOCX;
				      --templates DIR: ghi thêm mẫu báo cáo riêng của từng đơn vị.
				  blocstats query [--db FILE] [--format table|csv] [--allow-files] SQL
				      Chạy một câu SQL chỉ đọc trên kho (v_figure_year, v_figure_term, v_target_attainment…): một câu SELECT,
				      WITH, EXPLAIN, DESCRIBE, SHOW hoặc PRAGMA đọc; không COPY, ATTACH, SET, INSTALL. Không đọc tệp nào khác
				      ngoài kho, trừ khi có --allow-files (read_csv…).
				  blocstats imports [--db FILE] [--limit N]
				      Lịch sử nạp tệp (từ kho lưu Spring Batch).
				  blocstats alias add [--db FILE] ALIAS METRIC_CODE | alias list [--db FILE]
				      Thêm/xem bí danh của chỉ tiêu (tên cột, tên chỉ tiêu mà đơn vị dùng).
				  blocstats refresh [--db FILE] [--all]
				      Cập nhật các bảng số liệu của bảng điều khiển: phần các lần nạp mới chạm tới, hoặc toàn bộ (--all).
				  blocstats rule list | rule add [--db FILE] MÃ "VẾ_TRÁI <= VẾ_PHẢI" --vi "giải thích" [--en …] [--importance high|medium|low]
				        | rule disable|enable|remove MÃ | rule check [--committee MÃ]
				      Quy tắc kiểm tra số liệu (ví dụ members_assessed <= members_total): xem, thêm, tắt/bật, xóa, kiểm tra lại.
				  Công cụ của nhà phát triển (mô-đun tools, chạy qua ./blocstats từ thư mục mã nguồn; docs/cli.md):
				  blocstats bench import|refresh|cli|excel|export|dashboard …   đo tốc độ, so với mốc trong cùng lần chạy
				  blocstats sample write|national …                             ghi dữ liệu mẫu / bộ dữ liệu cả nước
				""";
	}
}
