package vn.blocstats.etl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * docs/operations.md's table of settings lists exactly the settings of {@link BlocstatsProperties}, each with
 * the record's default: a setting added to the record without its line in the table (or the other way
 * round) fails here.
 */
class ConfigurationDocsTests {

	private static final Path DOC = Path.of("../docs/operations.md");
	private static final Pattern ROW = Pattern.compile("^\\| `(blocstats\\.[a-z.\\-]+)` \\| ([^|]*) \\|", Pattern.MULTILINE);

	@Test
	void the_table_names_every_setting_of_the_record_and_no_other() throws IOException {
		List<String> documented = new ArrayList<>();
		Matcher m = ROW.matcher(configurationSection());
		while (m.find()) {
			documented.add(m.group(1));
		}
		assertThat(documented).containsExactlyElementsOf(settings("blocstats", BlocstatsProperties.class).stream()
			.map(Setting::name)
			.toList());
	}

	@Test
	void each_documented_default_starts_with_the_records_default() throws IOException {
		String section = configurationSection();
		for (Setting s : settings("blocstats", BlocstatsProperties.class)) {
			Matcher m = Pattern.compile("^\\| `" + Pattern.quote(s.name()) + "` \\| ([^|]*) \\|", Pattern.MULTILINE).matcher(section);
			assertThat(m.find()).as(s.name()).isTrue();
			String shown = m.group(1).strip();
			if (s.defaultValue().isEmpty()) {
				assertThat(shown).as(s.name()).startsWith("empty");
			}
			else {
				assertThat(shown).as(s.name()).startsWith("`" + s.defaultValue() + "`");
			}
		}
	}

	private static String configurationSection() throws IOException {
		String doc = Files.readString(DOC, StandardCharsets.UTF_8);
		int start = doc.indexOf("\n## Configuration\n");
		int end = doc.indexOf("\n## ", start + 1);
		return doc.substring(start, end);
	}

	record Setting(String name, String defaultValue) {
	}

	/** The settings of {@code type} under {@code prefix}, as the binder names them (kebab-case, or {@link Name}). */
	private static List<Setting> settings(String prefix, Class<?> type) {
		List<Setting> out = new ArrayList<>();
		for (RecordComponent c : type.getRecordComponents()) {
			Name name = annotation(type, c, Name.class);
			String own = name != null ? name.value() : c.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
			String full = own.isEmpty() ? prefix : prefix + "." + own;
			if (c.getType().isRecord()) {
				out.addAll(settings(full, c.getType()));
			}
			else {
				DefaultValue d = annotation(type, c, DefaultValue.class);
				out.add(new Setting(full, d == null || d.value().length == 0 ? "" : d.value()[0]));
			}
		}
		return out;
	}

	/** An annotation of a record component, which Java puts on the canonical constructor's parameter. */
	private static <A extends java.lang.annotation.Annotation> A annotation(Class<?> type, RecordComponent c, Class<A> annotation) {
		Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			var constructor = type.getDeclaredConstructor(types);
			RecordComponent[] all = type.getRecordComponents();
			for (int i = 0; i < all.length; i++) {
				if (all[i].getName().equals(c.getName())) {
					return constructor.getParameters()[i].getAnnotation(annotation);
				}
			}
			return null;
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
	}
}
