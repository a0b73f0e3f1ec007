package io.github.govrules.rules.internal;

import io.github.govrules.rules.PackProblem;
import io.github.govrules.rules.fact.CaseFact;
import io.github.govrules.rules.fact.DeemedAcceptance;
import io.github.govrules.rules.fact.ItemFact;
import io.github.govrules.rules.fact.KindCandidate;
import io.github.govrules.rules.fact.MaterialFinding;
import io.github.govrules.rules.fact.RequiredMaterial;
import io.github.govrules.core.cases.SubmittedMaterial;
import io.github.govrules.rules.fact.ToleratedMaterial;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Checks DRL before Drools builds it: syntax, fact types and fields against the fact model, a
 * {@code @legalBasis} on every rule, and kind codes declared in the manifest. Every problem is located.
 */
public final class DrlPrecheck {

    /** The fact model types rules may match. */
    public static final List<Class<?>> FACT_TYPES = List.of(CaseFact.class, ItemFact.class, RequiredMaterial.class,
            SubmittedMaterial.class, MaterialFinding.class, ToleratedMaterial.class, KindCandidate.class,
            DeemedAcceptance.class);

    /** The metadata key every rule must carry. */
    public static final String LEGAL_BASIS = "legalBasis";

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern KIND = Pattern.compile("new\\s+KindCandidate\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern LEADING = Pattern.compile(
            "^[\\s(!]*(?:\\$[\\w]+\\s*:\\s*)?([A-Za-z_$][\\w$]*)\\s*(\\(?)");
    /** A member read right after a property: {@code .name} or {@code .name(}. */
    private static final Pattern NESTED = Pattern.compile("^\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*(\\(?)");
    private static final Set<String> WORDS = Set.of("this", "null", "true", "false", "not", "in", "matches",
            "contains", "memberOf", "soundslike", "str", "eval");

    /**
     * A comparison of a field (or a chain of fields) with a literal: text in double or single quotes,
     * a number, true, false or null.
     */
    private static final Pattern LITERAL_COMPARISON = Pattern.compile(
            "^[\\s(!]*(?:\\$[\\w]+\\s*:\\s*)?([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*"
                    + "(==|!=|<=|>=|<|>)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'"
                    + "|[-+]?\\d[\\d_]*(?:\\.\\d+)?[LlDdFfIiBb]?|true|false|null)[\\s)]*$");

    private final Map<String, Class<?>> factTypes = new HashMap<>();
    /** The type of each property of each fact type (and of the types those properties have). */
    private final Map<Class<?>, Map<String, Class<?>>> propertyTypes = new HashMap<>();
    /** The names of the public instance methods of each fact type met so far. */
    private final Map<Class<?>, Set<String>> methods = new HashMap<>();

    /**
     * The result: problems, and what was learned about every rule.
     *
     * @param constraints every constraint of every pattern of every rule's {@code when} section, in file order
     */
    public record Result(List<PackProblem> problems, Map<String, RuleInfo> rules, Map<String, String> packages,
                         Set<String> caseBindings, List<Constraint> constraints) {
    }

    /**
     * A constraint of a pattern, as the DRL parser read it (comments are not constraints).
     *
     * @param rule       the rule whose {@code when} section has it
     * @param file       the file
     * @param start      where its text starts in the file, or -1 when it could not be found
     * @param line       the line of its start (or of its pattern)
     * @param column     the column of its start (or of its pattern)
     * @param expression the expression, e.g. {@code receivedOn > "01-Jan-2025"}
     */
    public record Constraint(RuleInfo rule, SourceFile file, int start, int line, int column, String expression) {
    }

    private final Set<String> caseBindings = new HashSet<>();
    private final List<Constraint> constraints = new ArrayList<>();
    /** The rule being walked. */
    private RuleInfo currentRule;

    /** Creates a checker for the fact model. */
    public DrlPrecheck() {
        for (Class<?> c : FACT_TYPES) {
            factTypes.put(c.getSimpleName(), c);
            factTypes.put(c.getName(), c);
            propertyTypes(c);
        }
    }

    /** The names of {@code c}'s properties (record components and getters), sorted. */
    private Set<String> properties(Class<?> c) {
        return new TreeSet<>(propertyTypes(c).keySet());
    }

    /** Whether {@code c} has a public instance method of that name. */
    private boolean hasMethod(Class<?> c, String name) {
        return methods.computeIfAbsent(c, t -> {
            Set<String> names = new HashSet<>();
            for (Method m : t.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    names.add(m.getName());
                }
            }
            return names;
        }).contains(name);
    }

    /** The types of {@code c}'s properties (record components and getters), learned once per type. */
    private Map<String, Class<?>> propertyTypes(Class<?> c) {
        Map<String, Class<?>> known = propertyTypes.get(c);
        if (known != null) {
            return known;
        }
        Map<String, Class<?>> types = new HashMap<>();
        propertyTypes.put(c, types);
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                types.put(rc.getName(), rc.getType());
            }
        }
        for (Method m : c.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
                types.putIfAbsent(Character.toLowerCase(n.charAt(2)) + n.substring(3), boolean.class);
            } else if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass")) {
                types.putIfAbsent(Character.toLowerCase(n.charAt(3)) + n.substring(4), m.getReturnType());
            }
        }
        return types;
    }

    /**
     * Checks the files.
     *
     * @param files     the DRL files of the pack and of every pack it extends
     * @param kindCodes the kind codes the manifests declare
     * @return the problems and the rule index
     */
    public Result check(List<SourceFile> files, Set<String> kindCodes) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, RuleInfo> byName = new HashMap<>();
        Map<String, String> packages = new LinkedHashMap<>();
        for (SourceFile f : files) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, f.text());
            } catch (DroolsParserException e) {
                problems.add(new PackProblem(f.packId(), f.display(), Math.max(0, e.getLineNumber()),
                        Math.max(0, e.getColumn()), "DRL syntax error: " + e.getMessage()));
                continue;
            }
            if (parser.hasErrors() || pkg == null) {
                for (DroolsError err : parser.getErrors()) {
                    int line = err instanceof ParserError pe ? pe.getRow() : firstLine(err.getLines());
                    int col = err instanceof ParserError pe ? pe.getCol() + 1 : 0;
                    problems.add(new PackProblem(f.packId(), f.display(), Math.max(0, line), Math.max(0, col),
                            "DRL syntax error: " + clean(err.getMessage())));
                }
                if (parser.getErrors().isEmpty()) {
                    problems.add(new PackProblem(f.packId(), f.display(), 1, 1, "DRL file could not be parsed"));
                }
                continue;
            }
            Matcher pm = PACKAGE.matcher(f.text());
            String packageName = pm.find() ? pm.group(1) : "";
            packages.put(f.display(), packageName);
            Set<String> declared = new HashSet<>();
            for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
                declared.add(t.getTypeName());
            }
            Map<String, String> imports = new HashMap<>();
            for (ImportDescr imp : pkg.getImports()) {
                String target = imp.getTarget();
                if (!target.endsWith(".*")) {
                    imports.put(target.substring(target.lastIndexOf('.') + 1), target);
                }
            }
            for (RuleDescr rule : pkg.getRules()) {
                String basis = legalBasis(rule);
                RuleInfo info = new RuleInfo(f.packId(), packageName, rule.getName(), f.display(), rule.getLine(), basis);
                RuleInfo previous = rules.put(info.key(), info);
                RuleInfo sameName = byName.putIfAbsent(rule.getName(), info);
                if (previous != null) {
                    problems.add(new PackProblem(f.packId(), f.display(), rule.getLine(), rule.getColumn() + 1,
                            "rule \"" + rule.getName() + "\" is declared twice in package " + packageName
                                    + " (also " + previous.file() + ":" + previous.line() + ")"));
                } else if (sameName != null) {
                    problems.add(new PackProblem(f.packId(), f.display(), rule.getLine(), rule.getColumn() + 1,
                            "rule \"" + rule.getName() + "\" has the name of a rule of "
                                    + (sameName.packId().equals(f.packId()) ? "package " + sameName.packageName()
                                    : "pack " + sameName.packId()) + " (" + sameName.file() + ":" + sameName.line()
                                    + "): both would fire, and receipts and scenarios name rules by name alone;"
                                    + " give it a name of its own (a pack cannot replace a rule of the pack it extends)"));
                }
                if (basis.isBlank()) {
                    problems.add(new PackProblem(f.packId(), f.display(), rule.getLine(), rule.getColumn() + 1,
                            "rule \"" + rule.getName() + "\" has no legal basis: add @legalBasis(\"<law> <article>\")"));
                }
                checkAttributes(rule, f, problems);
                AttributeDescr salience = rule.getAttributes().get("salience");
                if (salience != null) {
                    checkSalience(rule, salience, f, problems);
                }
                currentRule = info;
                walk(rule.getLhs(), f, declared, imports, problems);
                checkKinds(rule, f, kindCodes, problems);
            }
        }
        return new Result(problems, rules, packages, Set.copyOf(caseBindings), List.copyOf(constraints));
    }

    /**
     * Rule attributes the engine does not support, with why and what to write instead. The engine
     * fires the main agenda group of a session once per case on the case's decision date: a rule in
     * another agenda or rule-flow group, on a timer, locked while its group is active, or switched off
     * never fires there, and dates and calendars of Drools follow the wall clock, not the decision
     * date, so a past decision could not be reproduced. {@code salience}, {@code no-loop},
     * {@code activation-group}, {@code dialect} and {@code enabled true} stay allowed.
     */
    private static final Map<String, String> UNSUPPORTED = unsupported();

    private static Map<String, String> unsupported() {
        String groups = "the engine fires only the main agenda group and runs no rule flow, so the rule would never fire;"
                + " order rules with salience instead";
        String clock = "it follows the wall clock (the day the engine runs), not the case's decision date, so a past"
                + " decision could not be reproduced; ";
        String versions = "give the rules that change a new pack version with effectiveFrom/effectiveUntil in pack.yaml"
                + " (or test the case's decisionDate in the rule's conditions)";
        String timer = "a timer fires the rule on the wall clock, after the evaluation of the case has ended, so the rule"
                + " would never fire in a decision; rules decide once per case on its decision date: test the case's"
                + " decisionDate or noticeDeadline in the rule's conditions instead";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agenda-group", groups);
        m.put("ruleflow-group", groups);
        m.put("auto-focus", "it gives the focus to the rule's agenda group, and " + groups);
        m.put("lock-on-active", "it stops the rule from firing again while its agenda or rule-flow group is active, which"
                + " in the engine's sessions (kept between cases) can keep it from firing at all; to stop a rule from"
                + " firing again on a fact it changed, write no-loop");
        m.put("timer", timer);
        m.put("duration", timer);
        m.put("date-effective", clock + versions);
        m.put("date-expires", clock + versions);
        m.put("calendars", clock + versions + "; working days come from the pack's calendar (the manifest's 'calendar:')");
        return Map.copyOf(m);
    }

    /** Refuses the attributes of {@link #UNSUPPORTED}, and {@code enabled} unless it is {@code true}; at the attribute. */
    private static void checkAttributes(RuleDescr rule, SourceFile f, List<PackProblem> problems) {
        for (Map.Entry<String, AttributeDescr> a : rule.getAttributes().entrySet()) {
            String name = a.getKey();
            String why = UNSUPPORTED.get(name);
            if (why == null && name.equals("enabled")) {
                String value = a.getValue().getValue() == null ? "" : a.getValue().getValue().trim();
                if (value.equals("true")) {
                    continue;
                }
                why = value.equals("false") ? "the rule would never fire; delete the rule or comment it out"
                        : "an expression switches the rule on and off apart from the case's facts; delete the attribute"
                        + " and write the condition in the rule's conditions (or delete the rule)";
            }
            if (why == null) {
                continue;
            }
            int[] lc = attributeAt(rule, name, a.getValue(), f.text());
            problems.add(new PackProblem(f.packId(), f.display(), lc[0], lc[1], "rule \"" + rule.getName()
                    + "\": attribute '" + name + "' is not supported: " + why));
        }
    }

    /** The line and column of attribute {@code name} of {@code rule}: its keyword after the rule's name, else the rule. */
    private static int[] attributeAt(RuleDescr rule, String name, AttributeDescr attribute, String text) {
        int from = Math.max(0, rule.getStartCharacter());
        int named = text.indexOf(rule.getName(), from);
        if (named >= 0) {
            from = named + rule.getName().length();
        }
        int end = rule.getLhs() != null && rule.getLhs().getStartCharacter() > from ? rule.getLhs().getStartCharacter()
                : text.length();
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text);
        m.region(from, end);
        if (m.find()) {
            return lineColumn(text, m.start());
        }
        if (attribute.getLine() > 0) {
            return new int[] {attribute.getLine(), attribute.getColumn() + 1};
        }
        return new int[] {rule.getLine(), rule.getColumn() + 1};
    }

    private static final Pattern INTEGER = Pattern.compile("\\(?\\s*([-+]?\\d+)\\s*\\)?");

    /**
     * A salience written as a whole number must fit in an {@code int}: Drools keeps its low 32 bits,
     * so {@code 2147483648} would fire last instead of first.
     */
    private static void checkSalience(RuleDescr rule, AttributeDescr salience, SourceFile f, List<PackProblem> problems) {
        String value = salience.getValue() == null ? "" : salience.getValue().trim();
        Matcher m = INTEGER.matcher(value);
        if (!m.matches()) {
            return; // an expression: Drools checks it
        }
        java.math.BigInteger n = new java.math.BigInteger(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
        if (n.bitLength() < 32) {
            return;
        }
        int at = f.text().indexOf(m.group(1), Math.max(0, rule.getStartCharacter()));
        int[] lc = at >= 0 ? lineColumn(f.text(), at) : new int[] {rule.getLine(), rule.getColumn() + 1};
        problems.add(new PackProblem(f.packId(), f.display(), lc[0], lc[1], "rule \"" + rule.getName() + "\": salience "
                + m.group(1) + " is outside " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + " (Drools would use "
                + n.intValue() + "); the shipped packs use 0 to 100"));
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static String clean(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    private static String legalBasis(RuleDescr rule) {
        AnnotationDescr a = rule.getAnnotation(LEGAL_BASIS);
        if (a == null) {
            return "";
        }
        Object v = a.getSingleValueStripped();
        return v == null ? "" : v.toString().trim();
    }

    private void checkKinds(RuleDescr rule, SourceFile f, Set<String> kindCodes, List<PackProblem> problems) {
        Object consequence = rule.getConsequence();
        if (consequence == null) {
            return;
        }
        Matcher m = KIND.matcher(consequence.toString());
        while (m.find()) {
            String code = m.group(1);
            if (!kindCodes.contains(code)) {
                int at = f.text().indexOf("\"" + code + "\"", Math.max(0, rule.getStartCharacter()));
                int[] lc = lineColumn(f.text(), at);
                problems.add(new PackProblem(f.packId(), f.display(), lc[0], lc[1], "rule \"" + rule.getName()
                        + "\" uses case kind '" + code + "', which no manifest declares (declared: "
                        + new TreeSet<>(kindCodes) + ")"));
            }
        }
    }

    /**
     * Refuses a comparison of a field with a literal of another type: Drools would either fail on
     * every case when it first evaluates the constraint ({@code receivedOn > "2025-01-01"}: a date
     * is not text unless written in Drools' date format, {@code "01-Jan-2025"}) or coerce the literal
     * and match what was not meant ({@code joint == "no"} is true for every joint item). Located at the
     * field, naming it, its type and the literal.
     */
    private void checkLiteral(Class<?> fact, String part, ExprConstraintDescr e, PatternDescr p, SourceFile f,
                              List<PackProblem> problems) {
        Matcher m = LITERAL_COMPARISON.matcher(part);
        if (!m.find()) {
            return;
        }
        String chain = m.group(1).replaceAll("\\s+", "");
        String literal = m.group(3);
        Class<?> owner = fact;
        Class<?> type = null;
        for (String step : chain.split("\\.")) {
            Map<String, Class<?>> types = propertyTypes(owner);
            type = types.get(step);
            if (type == null) {
                return; // not a plain field chain (a method, a variable): left to Drools
            }
            owner = type;
        }
        String problem = incompatible(type, literal, chain, fact.getSimpleName());
        if (problem == null) {
            return;
        }
        int from = Math.max(0, e.getStartCharacter() >= 0 ? e.getStartCharacter() : p.getStartCharacter());
        int at = f.text().indexOf(part.trim().replaceFirst("^[\\s(!]+", ""), from);
        int field = at >= 0 ? f.text().indexOf(chain.split("\\.")[0], at) : f.text().indexOf(chain.split("\\.")[0], from);
        int[] lc = field >= 0 ? lineColumn(f.text(), field) : new int[] {p.getLine(), p.getColumn() + 1};
        problems.add(new PackProblem(f.packId(), f.display(), lc[0], lc[1], "field '" + chain + "' of "
                + fact.getSimpleName() + " is " + typeWords(type) + " and cannot be compared with " + literalWords(literal)
                + ": " + problem));
    }

    /** Why {@code literal} cannot be compared with a value of {@code type}, with the fix; null when it can. */
    private static String incompatible(Class<?> type, String literal, String field, String factName) {
        boolean text = literal.startsWith("\"") || literal.startsWith("'");
        boolean bool = literal.equals("true") || literal.equals("false");
        boolean nul = literal.equals("null");
        boolean number = !text && !bool && !nul;
        if (nul) {
            return type.isPrimitive() ? "it always has a value, so it is never null" : null;
        }
        if (type == String.class) {
            return text ? null : "write the text in quotes, e.g. \"" + literal + "\"";
        }
        if (type == boolean.class || type == Boolean.class) {
            return bool ? null : "write " + field + " to test that it is true, or !" + field + " (or " + field
                    + " == false) to test that it is false; a text or number is not a truth value";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return number ? null : "write a number without quotes";
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            return "write one of its values with its type, e.g. " + type.getSimpleName() + "."
                    + (values.length == 0 ? "VALUE" : values[0]) + " (values: " + java.util.Arrays.toString(values) + ")";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            if (text && type == java.time.LocalDate.class && isDroolsDate(literal.substring(1, literal.length() - 1))) {
                return null; // Drools reads it as a date
            }
            String mask = droolsDateFormat();
            return "write the date in Drools' date format " + mask + " (system property " + DATE_FORMAT_PROPERTY
                    + "), e.g. " + field + " > \"" + example(mask) + "\"; or compare it with another date field, or bind"
                    + " the fact ($f : " + factName + "()) and test the date in an eval after the pattern: eval( $f."
                    + field.replace(".", "().") + "().isAfter(java.time.LocalDate.of(2025, 1, 1)) )";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "test an element with 'contains', e.g. " + field + " contains " + (literal.equals("true")
                    || literal.equals("false") || !(literal.startsWith("\"") || literal.startsWith("'")) ? "\"x\"" : literal);
        }
        return "compare one of its fields, or use its methods";
    }

    /** The system property that sets the format Drools reads dates written as text in. */
    static final String DATE_FORMAT_PROPERTY = "drools.dateformat";

    /** The format Drools reads dates written as text in: {@code drools.dateformat}, else {@code dd-MMM-yyyy}. */
    static String droolsDateFormat() {
        String mask = System.getProperty(DATE_FORMAT_PROPERTY);
        return mask == null || mask.isBlank() ? "dd-MMM-yyyy" : mask;
    }

    /**
     * Whether Drools reads {@code text} as the date it says. Drools ({@code org.drools.util.DateUtils})
     * parses with its mask ({@code drools.dateformat}, else {@code d-MMM-yyyy}) in the JVM's language
     * ({@code drools.defaultlanguage} / {@code drools.defaultcountry} if set) and falls back to the UK's,
     * leniently. The same languages are tried here in the same order, strictly and on the whole text,
     * so a month name this JVM's Drools cannot read is refused ({@code "Sep"} under {@code en_GB}, whose
     * JDK name is {@code "Sept"}), and so is a day Drools would roll over ({@code "32-Jan-2025"}).
     */
    static boolean isDroolsDate(String text) {
        String mask = org.drools.util.DateUtils.getDateFormatMask();
        java.util.Locale jvm = java.util.Locale.getDefault();
        java.util.Locale drools = new java.util.Locale(
                System.getProperty("drools.defaultlanguage", jvm.getLanguage()),
                System.getProperty("drools.defaultcountry", jvm.getCountry()));
        for (java.util.Locale locale : List.of(drools, java.util.Locale.UK)) {
            java.text.SimpleDateFormat format;
            try {
                format = new java.text.SimpleDateFormat(mask, locale);
            } catch (IllegalArgumentException e) {
                return false; // a mask Drools itself cannot use
            }
            format.setLenient(false);
            java.text.ParsePosition at = new java.text.ParsePosition(0);
            if (format.parse(text, at) != null && at.getIndex() == text.length()) {
                return true;
            }
        }
        return false;
    }

    /** 1 January 2025 written in {@code mask}. */
    private static String example(String mask) {
        try {
            java.text.SimpleDateFormat format = new java.text.SimpleDateFormat(mask, java.util.Locale.ENGLISH);
            format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
            return format.format(java.util.Date.from(java.time.LocalDate.of(2025, 1, 1)
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        } catch (IllegalArgumentException e) {
            return "01-Jan-2025";
        }
    }

    private static String typeWords(Class<?> type) {
        if (type == String.class) {
            return "text (String)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false (boolean)";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number (" + type.getSimpleName() + ")";
        }
        if (type.isEnum()) {
            return "an enum (" + type.getSimpleName() + ")";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (" + type.getSimpleName() + ")";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a collection (" + type.getSimpleName() + ")";
        }
        return "a " + type.getSimpleName();
    }

    private static String literalWords(String literal) {
        if (literal.startsWith("\"") || literal.startsWith("'")) {
            return "the text " + literal;
        }
        if (literal.equals("true") || literal.equals("false")) {
            return "the truth value " + literal;
        }
        if (literal.equals("null")) {
            return "null";
        }
        return "the number " + literal;
    }

    static int[] lineColumn(String text, int at) {
        if (at < 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    private void walk(BaseDescr d, SourceFile f, Set<String> declared, Map<String, String> imports,
                      List<PackProblem> problems) {
        if (d == null) {
            return;
        }
        if (d instanceof PatternDescr p) {
            checkPattern(p, f, declared, imports, problems);
            if (p.getSource() instanceof AccumulateDescr acc) {
                walk(acc.getInput(), f, declared, imports, problems);
            } else if (p.getSource() instanceof CollectDescr col) {
                walk(col.getInputPattern(), f, declared, imports, problems);
            }
            return;
        }
        if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(child, f, declared, imports, problems);
            }
        }
    }

    private void checkPattern(PatternDescr p, SourceFile f, Set<String> declared, Map<String, String> imports,
                              List<PackProblem> problems) {
        String type = p.getObjectType();
        if (type == null) {
            return;
        }
        Class<?> fact = factTypes.get(type);
        if (fact == null && imports.containsKey(type)) {
            fact = factTypes.get(imports.get(type));
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e && e.getExpression() != null && currentRule != null) {
                constraints.add(constraint(e, p, f));
            }
        }
        if (fact == CaseFact.class && p.getIdentifier() != null) {
            caseBindings.add(p.getIdentifier());
        }
        if (fact == null) {
            if (!declared.contains(type) && !isJavaType(type, imports)) {
                problems.add(new PackProblem(f.packId(), f.display(), p.getLine(), p.getColumn() + 1,
                        "unknown fact type '" + type + "': rules may match " + FACT_TYPES.stream()
                                .map(Class::getSimpleName).toList() + " (import io.github.govrules.rules.fact.*, io.github.govrules.core.cases.SubmittedMaterial)"));
            } else if (!declared.contains(type) && !computed(p)) {
                // a Java type read from working memory: Object() matches every fact, File() what no case has
                problems.add(new PackProblem(f.packId(), f.display(), p.getLine(), p.getColumn() + 1,
                        (currentRule == null ? "" : "rule \"" + currentRule.name() + "\": ") + "a pattern on " + type
                                + ", which is not a type of the fact model: rules may match only " + FACT_TYPES.stream()
                                .map(Class::getSimpleName).toList() + " (and types the pack declares); read other values"
                                + " through the facts' fields and methods"));
            }
            return;
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                checkConstraint(fact, e, p, f, problems);
            }
        }
    }

    /**
     * Whether {@code p} matches values a rule computes ({@code from} an expression, the result of an
     * {@code accumulate} or {@code collect}) rather than facts in working memory: such a pattern may
     * have any type ({@code String() from $c.situations()}, {@code Number() from accumulate(…)}).
     */
    private static boolean computed(PatternDescr p) {
        return p.getSource() instanceof FromDescr || p.getSource() instanceof AccumulateDescr
                || p.getSource() instanceof CollectDescr;
    }

    /** The constraint {@code e} of {@code p}, located at its text (the parser gives where it starts only roughly). */
    private Constraint constraint(ExprConstraintDescr e, PatternDescr p, SourceFile f) {
        String expr = e.getExpression().trim();
        int from = Math.max(0, e.getStartCharacter() >= 0 ? e.getStartCharacter() : p.getStartCharacter());
        int at = f.text().indexOf(expr, from);
        if (at < 0 && e.getStartCharacter() >= 0 && e.getStartCharacter() < f.text().length()) {
            at = e.getStartCharacter();
        }
        int[] lc = at >= 0 ? lineColumn(f.text(), at) : new int[] {p.getLine(), p.getColumn() + 1};
        return new Constraint(currentRule, f, at, lc[0], lc[1], expr);
    }

    private static boolean isJavaType(String type, Map<String, String> imports) {
        String name = imports.getOrDefault(type, type.contains(".") ? type : "java.lang." + type);
        try {
            Class.forName(name, false, DrlPrecheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void checkConstraint(Class<?> fact, ExprConstraintDescr e, PatternDescr p, SourceFile f,
                                 List<PackProblem> problems) {
        String expr = e.getExpression();
        if (expr == null) {
            return;
        }
        for (String part : expr.split("&&|\\|\\|")) {
            Matcher m = LEADING.matcher(part);
            if (!m.find()) {
                continue;
            }
            String ident = m.group(1);
            boolean call = !m.group(2).isEmpty();
            if (ident.startsWith("$") || WORDS.contains(ident) || Character.isUpperCase(ident.charAt(0))
                    || Character.isDigit(ident.charAt(0))) {
                continue;
            }
            boolean known = call ? hasMethod(fact, ident) : propertyTypes(fact).containsKey(ident);
            if (known && !call) {
                checkLiteral(fact, part, e, p, f, problems);
                checkNested(propertyTypes(fact).get(ident), part.substring(m.end()), e, p, f, problems);
            }
            if (!known) {
                unknown(fact, ident, call, e, p, f, problems);
            }
        }
    }

    /**
     * The member read after a property of the fact model ({@code applicant.hasAgent}): checked
     * against the property's type when that type is part of the fact model, as the property itself was.
     */
    private void checkNested(Class<?> type, String rest, ExprConstraintDescr e, PatternDescr p, SourceFile f,
                             List<PackProblem> problems) {
        if (type == null || type.getPackage() == null || !type.getPackage().equals(CaseFact.class.getPackage())) {
            return;
        }
        Matcher m = NESTED.matcher(rest);
        if (!m.find()) {
            return;
        }
        String ident = m.group(1);
        boolean call = !m.group(2).isEmpty();
        if (!(call ? hasMethod(type, ident) : propertyTypes(type).containsKey(ident))) {
            unknown(type, ident, call, e, p, f, problems);
        }
    }

    /** An unknown field or method, located at its name, with what the type does have. */
    private void unknown(Class<?> type, String ident, boolean call, ExprConstraintDescr e, PatternDescr p, SourceFile f,
                         List<PackProblem> problems) {
        int at = f.text().indexOf(ident, Math.max(0, e.getStartCharacter() >= 0 ? e.getStartCharacter()
                : p.getStartCharacter()));
        int[] lc = at >= 0 ? lineColumn(f.text(), at) : new int[] {p.getLine(), p.getColumn() + 1};
        problems.add(new PackProblem(f.packId(), f.display(), lc[0], lc[1], "unknown "
                + (call ? "method '" + ident + "(…)'" : "field '" + ident + "'") + " on "
                + type.getSimpleName() + " (fields: " + properties(type)
                + (call ? "; methods: " + ownMethods(type) : "") + ")"));
    }

    /** The public methods a fact type declares itself, not its record accessors or Object's. */
    private Set<String> ownMethods(Class<?> type) {
        Set<String> own = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0
                    && !Set.of("equals").contains(m.getName())) {
                own.add(m.getName());
            }
        }
        return own;
    }
}
