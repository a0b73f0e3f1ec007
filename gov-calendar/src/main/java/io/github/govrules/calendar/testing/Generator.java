package io.github.govrules.calendar.testing;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A source of random values drawn from a {@link RandomGenerator}: framework-neutral, so a test
 * team can drive it from plain JUnit, QuickTheories, jqwik or anything else that can supply
 * randomness. Use a seeded generator (for example
 * {@code RandomGenerator.of("L64X128MixRandom")} via {@code RandomGeneratorFactory}, or
 * {@code new SplittableRandom(seed)}) to make a failing case reproducible.
 *
 * <p>Implementations in this package are immutable and thread-safe; the {@code RandomGenerator}
 * passed in is the only state.
 *
 * @param <T> the type of the values
 * @since 0.1.0
 */
@FunctionalInterface
public interface Generator<T> {

    /** Draws one value. */
    T next(RandomGenerator random);

    /** A generator of the values transformed by the function. */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return random -> mapper.apply(next(random));
    }

    /**
     * A generator of the values that satisfy the predicate, drawing again until one does.
     *
     * @throws IllegalStateException from {@link #next(RandomGenerator)} when 10,000 draws in a
     *                               row fail the predicate
     */
    default Generator<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return random -> {
            for (int i = 0; i < 10_000; i++) {
                T value = next(random);
                if (predicate.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("10,000 values in a row failed the filter; narrow the generator instead");
        };
    }

    /** An endless stream of values; limit it. */
    default Stream<T> stream(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return Stream.generate(() -> next(random));
    }
}
