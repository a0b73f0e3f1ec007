package io.github.govrules.calendar.deadline.testing;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A source of random values drawn from a {@link RandomGenerator}, independent of any
 * property-testing tool: give it a seeded generator (for example
 * {@code new SplittableRandom(seed)}) and the same seed gives the same value.
 *
 * <p>Implementations must be stateless (all randomness comes from the argument), so one
 * generator can be shared between threads, each with its own {@code RandomGenerator}.
 *
 * @param <T> the type of the values
 * @since 0.1.0
 */
@FunctionalInterface
public interface Generator<T> {

    /**
     * Draws one value.
     *
     * @param random the source of randomness
     * @return a value, never null
     */
    T next(RandomGenerator random);

    /** A generator of {@code mapper} applied to this generator's values. */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return random -> mapper.apply(next(random));
    }

    /**
     * A generator of this generator's values that satisfy {@code condition}, drawing again up to
     * 1000 times.
     *
     * @throws IllegalStateException from {@code next} if no value satisfies the condition in 1000 draws
     */
    default Generator<T> filter(Predicate<? super T> condition) {
        Objects.requireNonNull(condition, "condition");
        return random -> {
            for (int i = 0; i < 1000; i++) {
                T value = next(random);
                if (condition.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("No value satisfied the filter condition in 1000 draws");
        };
    }
}
