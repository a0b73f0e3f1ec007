package io.github.govrules.core.io;

/**
 * Limits on input size, applied before and while parsing so that a hostile or broken file
 * cannot exhaust memory: the total bytes, the nesting depth and the length of one string.
 *
 * @param maxBytes        the largest input accepted, in bytes
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest single string value, in characters
 * @since 0.1.0
 */
public record ReadLimits(long maxBytes, int maxNestingDepth, int maxStringLength) {

    /** 8 MiB, depth 64, strings of 100,000 characters. */
    private static final ReadLimits DEFAULTS = new ReadLimits(8L * 1024 * 1024, 64, 100_000);

    /**
     * Creates limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        if (maxBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("read limits must be positive, but were " + maxBytes + " bytes, depth "
                    + maxNestingDepth + ", string length " + maxStringLength);
        }
    }

    /** The defaults: 8 MiB, nesting depth 64, strings up to 100,000 characters. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** A copy with another byte limit. */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength);
    }
}
