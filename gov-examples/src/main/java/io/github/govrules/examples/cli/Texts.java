package io.github.govrules.examples.cli;

import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The words of the tool's human output in the {@code --lang} language: the resource bundle
 * {@code io/github/govrules/examples/cli/messages[_zh].properties} (UTF-8), each value a
 * {@link String#format} pattern. Immutable.
 */
final class Texts {

    /** The bundle's base name. */
    static final String BUNDLE = "io.github.govrules.examples.cli.messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    /** The languages of the human output. */
    enum Lang {
        /** 中文 (simplified Chinese). */
        ZH,
        /** English. */
        EN;

        /**
         * zh when the locale asks for Chinese, else en: the environment's LC_ALL, LC_MESSAGES or LANG (the first
         * set, as POSIX orders them; read directly, since the JVM falls back to English when that locale is not
         * installed), else the JVM's default locale.
         */
        static Lang fromLocale(Locale locale) {
            return fromLocale(locale, System::getenv);
        }

        /** As {@link #fromLocale(Locale)}, with the environment given (for tests). */
        static Lang fromLocale(Locale locale, java.util.function.UnaryOperator<String> environment) {
            for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
                String value = environment.apply(name);
                if (value != null && !value.isEmpty()) {
                    return value.startsWith("zh") ? ZH : EN;
                }
            }
            return locale.getLanguage().equals("zh") ? ZH : EN;
        }

        Locale locale() {
            return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
    }

    private Texts(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang == Lang.ZH ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Texts of(Lang lang) {
        return new Texts(lang);
    }

    /** The texts of the language the command line chose ({@code --lang}, or the locale's). */
    static Texts of(CommandSpec spec) {
        Object root = spec.root().userObject();
        return of(root instanceof GovCli cli ? cli.lang() : Lang.fromLocale(Locale.getDefault()));
    }

    Lang lang() {
        return lang;
    }

    boolean isChinese() {
        return lang == Lang.ZH;
    }

    /** The text of the key, formatted with the arguments. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' in " + BUNDLE + " for " + lang, e);
        }
        try {
            return String.format(Locale.ROOT, pattern, args);
        } catch (IllegalFormatException e) {
            throw new IllegalStateException("text '" + key + "' for " + lang + " does not fit its arguments", e);
        }
    }
}
