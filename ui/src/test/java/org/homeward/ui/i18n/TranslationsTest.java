package org.homeward.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseStatus;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.search.CaseSearch;
import org.homeward.search.projection.CaseProjection;
import org.homeward.search.rebuild.RebuildStatus;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * The UI's texts: both languages carry the same keys with the same placeholders, every key the UI asks for exists
 * (written out in the code, or built from the case file's enums, events and commands), no prose is hard-coded in the
 * views, and the Indonesian file really is a translation. Plain unit test: reads the sources and the bundles from the
 * ui module (Maven's working directory) and the backend's classes from the test class path.
 */
class TranslationsTest {

    /** The ui module: Maven runs tests there; an IDE may run them from the repository root. */
    private static final Path MODULE = Files.isDirectory(Path.of("src/main/java/org/homeward/ui")) ? Path.of("") : Path.of("ui");
    private static final Path SOURCES = MODULE.resolve("src/main/java");
    private static final Path ENGLISH = MODULE.resolve("src/main/resources/vaadin-i18n/translations.properties");
    private static final Path INDONESIAN = MODULE.resolve("src/main/resources/vaadin-i18n/translations_id.properties");

    /** A MessageFormat argument: {0}, {1,number}, {2,date,short}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(,[^}]*)?}");
    /** An apostrophe on its own: MessageFormat (used whenever parameters are given) would swallow the text after it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** Calls whose first argument is a translation key. */
    private static final Pattern TRANSLATION_CALL = Pattern.compile("(?<![\\w$])(getTranslation|translate|t)\\s*\\(");
    /** A literal shaped like a key, e.g. passed to a helper that translates it later ({@code label(field, "case.sex", id)}). */
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");

    /** Calls whose arguments are shown to the officer as they are. */
    private static final Pattern USER_VISIBLE_CALL = Pattern.compile("(?<![\\w$])(?:"
            + "(?:setText|setLabel|setHeader|setPlaceholder|setHelperText|setErrorMessage|setTitle|setHeaderTitle"
            + "|setEmptyStateText|setAriaLabel|setTooltipText|setConfirmText|setCancelText|setRejectText|setSummaryText"
            + "|addItem)\\s*\\("
            + "|Notification\\s*\\.\\s*show\\s*\\("
            + "|new\\s+(?:[\\w$]+\\.)*(?:Button|Span|H[1-6]|Paragraph|Div|Anchor|Checkbox|CheckboxGroup|RadioButtonGroup"
            + "|TextField|TextArea|PasswordField|EmailField|IntegerField|NumberField|BigDecimalField|DatePicker|TimePicker"
            + "|DateTimePicker|ComboBox|MultiSelectComboBox|Select|Details|Tab|SideNavItem|Notification|NativeLabel|Text"
            + "|ConfirmDialog)\\s*(?:<[^()]*?>)?\\s*\\()");
    /** Text an officer would read: a letter and a space, or a capitalised word. */
    private static final Pattern PROSE = Pattern.compile("(?s)(?=.*\\p{L})(?=.*\\s).*|\\p{Lu}\\p{Ll}.*");
    /**
     * Literals that look like prose but are not shown as they are. Keep this tiny and say why for each entry (as
     * "path relative to src/main/java:literal").
     */
    private static final Set<String> NOT_PROSE = Set.of();

    // --- a. both languages alike ---

    @Test
    void bothLanguagesHaveTheSameKeysNoEmptyValuesAndTheSamePlaceholders() {
        Bundle english = Bundle.load(ENGLISH);
        Bundle indonesian = Bundle.load(INDONESIAN);
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : List.of(english, indonesian)) {
            Bundle other = bundle == english ? indonesian : english;
            bundle.duplicates().forEach(key -> problems.add(bundle.name() + ": " + key + " is defined more than once"));
            bundle.values().forEach((key, value) -> {
                if (!other.values().containsKey(key)) {
                    problems.add(other.name() + ": missing " + key + " (it is in " + bundle.name() + ")");
                }
                if (value.isBlank()) {
                    problems.add(bundle.name() + ": " + key + " is empty");
                }
                if (PLACEHOLDER.matcher(value).find() && LONE_APOSTROPHE.matcher(value).find()) {
                    problems.add(bundle.name() + ": " + key + " has a single ' that MessageFormat would drop (write '')");
                }
            });
        }
        english.values().forEach((key, value) -> {
            String translated = indonesian.values().get(key);
            if (translated != null && !placeholders(value).equals(placeholders(translated))) {
                problems.add(key + ": placeholders " + placeholders(value) + " in " + english.name() + " but "
                        + placeholders(translated) + " in " + indonesian.name());
            }
        });
        assertThat(problems).as("translation files out of step").isEmpty();
    }

    // --- b. keys written out in the UI code ---

    @Test
    void everyKeyWrittenInTheUiCodeExists() {
        Set<String> known = knownKeys();
        Set<String> families = new TreeSet<>();
        known.stream().filter(key -> key.contains(".")).forEach(key -> families.add(key.substring(0, key.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Source source : Source.all()) {
            source.keys(families).forEach((offset, key) -> {
                found.add(key);
                if (!known.contains(key)) {
                    missing.add(source.where(offset) + ": " + key);
                }
            });
        }
        assertThat(found).as("keys found in the UI code (is the scan still reading %s?)", SOURCES.toAbsolutePath())
                .isNotEmpty();
        assertThat(missing).as("keys used in the UI code but in neither %s nor %s", ENGLISH.getFileName(),
                INDONESIAN.getFileName()).isEmpty();
    }

    // --- c. keys the UI builds from the backend's types ---

    @Test
    void everyKeyBuiltFromTheCaseFilesTypesExists() throws ReflectiveOperationException {
        Set<String> expected = new TreeSet<>();
        List<Class<?>> caseFile = backendTypes("org.homeward.casefile");
        List<Class<?>> events = caseFile.stream()
                .filter(type -> type.isRecord() && CaseEvent.class.isAssignableFrom(type)).toList();
        List<Class<?>> commands = caseFile.stream()
                .filter(type -> type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(TranslationsTest::isTarget))
                .toList();
        assertThat(events).as("events found on the class path").isNotEmpty();
        assertThat(commands).as("commands found on the class path").isNotEmpty();

        // Enums the officer can meet: the public ones, and any an event or a command carries (a package-private enum
        // of the aggregate's own state, such as CaseState.FollowUpStatus, never reaches the UI).
        Set<Class<?>> enums = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        caseFile.stream().filter(type -> type.isEnum() && isPublic(type)).forEach(enums::add);
        Stream.concat(events.stream(), commands.stream()).flatMap(type -> Arrays.stream(type.getRecordComponents()))
                .flatMap(component -> typesOf(component).stream()).filter(Class::isEnum).forEach(enums::add);
        for (Class<?> type : enums) {
            constants(type, "enum." + type.getSimpleName() + ".", expected);
        }
        for (Class<?> event : events) {
            expected.add("event." + event.getSimpleName());
            fields(event, expected);
        }
        for (Class<?> command : commands) {
            expected.add("step." + command.getSimpleName());
            fields(command, expected);
        }

        constants(Sex.class, "sex.", expected);
        constants(ReferralSource.class, "referralSource.", expected);
        constants(CaseStatus.class, "case.status.", expected);
        constants(CaseStatus.class, "status.", expected);
        constants(CaseProjection.SupportKind.class, "supportKind.", expected);
        constants(RebuildStatus.State.class, "admin.search.rebuildState.", expected);
        CaseSearch.FACETS.keySet().forEach(facet -> expected.add("search.facet." + facet));
        expected.add("search.facet." + CaseSearch.OVERDUE);
        expected.add("search.overdue.true");
        expected.add("search.overdue.false");
        for (String flag : stringConstants(Class.forName("org.homeward.search.projection.CaseProjection$Flags"))) {
            expected.add("flag." + flag);
        }
        // The case page's menu: one submenu per stage.
        Field stages = Class.forName("org.homeward.ui.casepage.Steps").getDeclaredField("STAGES");
        stages.setAccessible(true);
        for (Object stage : (Collection<?>) stages.get(null)) {
            expected.add("stage." + stage);
        }

        Set<String> known = knownKeys();
        List<String> missing = expected.stream().filter(key -> !known.contains(key)).toList();
        assertThat(missing).as("keys the UI builds from the backend's types but in neither %s nor %s",
                ENGLISH.getFileName(), INDONESIAN.getFileName()).isEmpty();
    }

    // --- d. no prose hard-coded in the views ---

    @Test
    void noUserVisibleTextIsHardCoded() {
        List<String> hardCoded = new ArrayList<>();
        for (Source source : Source.all()) {
            source.hardCoded().forEach((offset, literal) -> {
                if (!NOT_PROSE.contains(source.relative() + ":" + literal)) {
                    hardCoded.add(source.where(offset) + ": \"" + literal + "\"");
                }
            });
        }
        assertThat(hardCoded).as("texts shown to officers must come from getTranslation(...)").isEmpty();
    }

    // --- e. the Indonesian file is Indonesian ---

    @Test
    void theIndonesianFileIsATranslation() {
        Map<String, String> english = Bundle.load(ENGLISH).values();
        Map<String, String> indonesian = Bundle.load(INDONESIAN).values();
        assertThat(indonesian.get("login.submit")).as("login.submit in Indonesian").isNotBlank().isNotEqualTo(english.get("login.submit"));
        List<String> common = english.keySet().stream().filter(indonesian::containsKey).toList();
        List<String> same = common.stream().filter(key -> english.get(key).equals(indonesian.get(key))).toList();
        assertThat(common).isNotEmpty();
        // Names, codes, acronyms and placeholder-only values may stay as they are; nearly everything else changes.
        assertThat((common.size() - same.size()) * 100 / common.size())
                .as("per cent of values translated; the same in both: %s", same).isGreaterThanOrEqualTo(80);
    }

    // --- translation files ---

    private static Set<String> knownKeys() {
        Set<String> known = new TreeSet<>(Bundle.load(ENGLISH).values().keySet());
        known.addAll(Bundle.load(INDONESIAN).values().keySet());
        return known;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2).replaceAll("\\s", "")) + "}");
        }
        return found;
    }

    /** One properties file, read as Vaadin's ResourceBundle reads it (UTF-8), with any key defined twice. */
    private record Bundle(String name, Map<String, String> values, List<String> duplicates) {

        static Bundle load(Path path) {
            String text;
            try {
                // Strict UTF-8: a Latin-1 file fails here instead of showing mangled letters.
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path.toAbsolutePath(), e);
            }
            Map<String, String> values = new TreeMap<>();
            List<String> duplicates = new ArrayList<>();
            StringBuilder logical = new StringBuilder();
            for (String line : text.split("\r?\n|\r", -1)) {
                String trimmed = line.stripLeading();
                if (logical.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!"))) {
                    continue;
                }
                logical.append(line).append('\n');
                if (endsWithOddBackslashes(line)) {
                    continue;
                }
                Properties one = new Properties();
                try {
                    one.load(new StringReader(logical.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                logical.setLength(0);
                for (String key : one.stringPropertyNames()) {
                    if (values.put(key, one.getProperty(key)) != null) {
                        duplicates.add(key);
                    }
                }
            }
            return new Bundle(path.getFileName().toString(), values, duplicates);
        }

        private static boolean endsWithOddBackslashes(String line) {
            int count = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                count++;
            }
            return count % 2 == 1;
        }
    }

    // --- backend types ---

    /** The classes of the backend's main code in a package and below (not the backend's test jar). */
    private static List<Class<?>> backendTypes(String basePackage) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(TranslationsTest.class.getClassLoader());
        MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
        String backend = location(CaseEvent.class);
        Map<String, Class<?>> types = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + basePackage.replace('.', '/') + "/**/*.class")) {
                String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type = ClassUtils.resolveClassName(name, TranslationsTest.class.getClassLoader());
                if (Objects.equals(location(type), backend)) {
                    types.put(name, type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(types.values());
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? null : source.getLocation().toString();
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Axon's annotation targets fields and methods, so on a record component it lands on the field and the accessor. */
    private static boolean isTarget(RecordComponent component) {
        if (component.isAnnotationPresent(TargetAggregateIdentifier.class)
                || component.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)) {
            return true;
        }
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName())
                    .isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** A component's type and, for a list, set or map, its type arguments. */
    private static List<Class<?>> typesOf(RecordComponent component) {
        List<Class<?>> types = new ArrayList<>(List.of(component.getType()));
        if (component.getGenericType() instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                if (argument instanceof Class<?> type) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static void constants(Class<?> enumType, String prefix, Set<String> keys) {
        for (Object constant : enumType.getEnumConstants()) {
            keys.add(prefix + ((Enum<?>) constant).name());
        }
    }

    private static void fields(Class<?> record, Set<String> keys) {
        for (RecordComponent component : record.getRecordComponents()) {
            keys.add("field." + component.getName());
        }
    }

    /** The values of a class's static final String fields, private or not. */
    private static List<String> stringConstants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                field.setAccessible(true);
                values.add((String) field.get(null));
            }
        }
        assertThat(values).as("string constants of %s", type.getName()).isNotEmpty();
        return values;
    }

    // --- UI sources ---

    /**
     * One Java file of the UI: its text with comments blanked and the inside of every string and char literal blanked
     * (so that brackets and calls are found in code only), and its string literals by offset.
     */
    private record Source(Path path, String text, String code, TreeMap<Integer, Literal> literals) {

        record Literal(int start, int end, String value) {
        }

        static List<Source> all() {
            assertThat(SOURCES).as("UI sources (tests run in the ui module)").isDirectory();
            try (Stream<Path> files = Files.walk(SOURCES)) {
                return files.filter(file -> file.toString().endsWith(".java")).sorted().map(Source::read).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Source read(Path path) {
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            char[] code = text.toCharArray();
            TreeMap<Integer, Literal> literals = new TreeMap<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    end = end < 0 ? n : end;
                    blank(code, i, end);
                    i = end;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    blank(code, i, end);
                    i = end;
                } else if (text.startsWith("\"\"\"", i)) {
                    int end = text.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? n : end + 3;
                    literals.put(i, new Literal(i, end, text.substring(i + 3, Math.max(i + 3, end - 3)).strip()));
                    blank(code, i + 1, end - 1);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                        j += text.charAt(j) == '\\' ? 2 : 1;
                    }
                    int end = Math.min(j + 1, n);
                    if (c == '"') {
                        literals.put(i, new Literal(i, end, text.substring(i + 1, Math.max(i + 1, end - 1))));
                    }
                    blank(code, i + 1, end - 1);
                    i = end;
                } else {
                    i++;
                }
            }
            return new Source(path, text, new String(code), literals);
        }

        private static void blank(char[] code, int from, int to) {
            for (int k = from; k < to && k < code.length; k++) {
                if (code[k] != '\n') {
                    code[k] = ' ';
                }
            }
        }

        String relative() {
            return SOURCES.relativize(path).toString().replace('\\', '/');
        }

        String where(int offset) {
            int line = 1;
            for (int k = 0; k < offset; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                }
            }
            return SOURCES.resolve(relative()) + ":" + line;
        }

        /**
         * Keys written out whole: the first argument of getTranslation(...), t(...), translate(...) (both branches
         * of a {@code ? :} included), and any key-shaped literal of a known family passed elsewhere, as to a helper
         * that translates it later. Literals joined with {@code +} are parts of a built key (test c), not keys.
         */
        Map<Integer, String> keys(Set<String> families) {
            Map<Integer, String> keys = new TreeMap<>();
            Matcher call = TRANSLATION_CALL.matcher(code);
            while (call.find()) {
                // The first argument's literals, but not those passed to a call inside it (map.get("reason")).
                int open = call.end() - 1;
                int close = closing(open);
                List<Integer> brackets = new ArrayList<>();
                for (int k = open + 1; k < close; k++) {
                    char c = code.charAt(k);
                    if (c == '(' || c == '[' || c == '{') {
                        brackets.add(k);
                    } else if ((c == ')' || c == ']' || c == '}') && !brackets.isEmpty()) {
                        brackets.remove(brackets.size() - 1);
                    } else if (c == ',' && brackets.isEmpty()) {
                        break;
                    } else if (c == '"' && literals.containsKey(k)) {
                        Literal literal = literals.get(k);
                        boolean passedToCall = !brackets.isEmpty() && isCall(brackets.get(brackets.size() - 1));
                        if (!passedToCall && !concatenated(literal)) {
                            keys.put(literal.start(), literal.value());
                        }
                        k = literal.end() - 1;
                    }
                }
            }
            for (Literal literal : literals.values()) {
                if (KEY_LIKE.matcher(literal.value()).matches() && !concatenated(literal)
                        && families.contains(literal.value().substring(0, literal.value().indexOf('.')))) {
                    keys.put(literal.start(), literal.value());
                }
            }
            return keys;
        }

        /**
         * Prose-like literals among the arguments of calls that show them as they are; not those inside a nested
         * getTranslation(...)/t(...) (keys and their parameters) nor inside a lambda's or class's body (its own calls
         * are checked where they are).
         */
        Map<Integer, String> hardCoded() {
            Map<Integer, String> found = new TreeMap<>();
            Matcher call = USER_VISIBLE_CALL.matcher(code);
            while (call.find()) {
                int open = call.end() - 1;
                int close = closing(open);
                List<int[]> skipped = new ArrayList<>();
                Matcher nested = TRANSLATION_CALL.matcher(code).region(open + 1, close);
                while (nested.find()) {
                    skipped.add(new int[] {nested.end() - 1, closing(nested.end() - 1)});
                }
                for (int k = open + 1; k < close; k++) {
                    if (code.charAt(k) == '{') {
                        int body = closing(k);
                        skipped.add(new int[] {k, body});
                        k = body;
                    }
                }
                for (Literal literal : literals.subMap(open, close).values()) {
                    boolean inside = skipped.stream().anyMatch(span -> literal.start() > span[0] && literal.start() < span[1]);
                    if (!inside && PROSE.matcher(literal.value()).matches()) {
                        found.put(literal.start(), literal.value());
                    }
                }
            }
            return found;
        }

        /** The offset of the bracket closing the one at {@code open} (or the end of the file). */
        private int closing(int open) {
            int depth = 0;
            for (int k = open; k < code.length(); k++) {
                char c = code.charAt(k);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth == 0) {
                        return k;
                    }
                }
            }
            return code.length();
        }

        /** Whether the bracket at {@code open} starts a call's arguments rather than a group such as {@code (a ? "x" : "y")}. */
        private boolean isCall(int open) {
            if (code.charAt(open) != '(') {
                return true;
            }
            int before = open - 1;
            while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
                before--;
            }
            return before >= 0 && (Character.isJavaIdentifierPart(code.charAt(before)) || code.charAt(before) == '>');
        }

        private boolean concatenated(Literal literal) {
            int before = literal.start() - 1;
            while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
                before--;
            }
            int after = literal.end();
            while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
                after++;
            }
            return before >= 0 && code.charAt(before) == '+' || after < code.length() && code.charAt(after) == '+';
        }
    }
}
