package io.github.govrules.core.catalog;

import io.github.govrules.core.internal.Checks;
import io.github.govrules.core.item.ServiceItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A catalog of service items (事项目录): every version of every item a hall handles.
 *
 * <p>Look-ups come in pairs: {@link #item(String, int)} throws {@link UnknownItemException},
 * {@link #findItem(String, int)} returns an {@code Optional}. The pair (implementation code,
 * version) is unique.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the catalog's name
 * @param note  nullable: a note, e.g. that the data are examples and not official
 * @param items the item versions, at least one
 * @since 0.1.0
 */
public record Catalog(@NotBlank @Size(max = 200) String name,
                      @Size(max = 2000) String note,
                      List<@Valid ServiceItem> items) {

    /**
     * Creates a catalog.
     *
     * @throws NullPointerException     if the name or items are null
     * @throws IllegalArgumentException if there are no items, or a code and version pair repeats
     */
    public Catalog {
        Checks.optionalText(note, "note");
        Checks.required(name, "name");
        items = Checks.list(Checks.required(items, "items"), "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("catalog '" + name + "' has no items");
        }
        Checks.unique(items, i -> i.implementationCode() + " v" + i.version(), "items");
    }

    /**
     * The given version of an item.
     *
     * @param code    the implementation code
     * @param version the version
     * @return the item version
     * @throws UnknownItemException naming the code and the versions the catalog has
     */
    public ServiceItem item(String code, int version) {
        return findItem(code, version).orElseThrow(() -> new UnknownItemException(
                "Catalog '" + name + "' has no item " + code + " version " + version + describe(code)));
    }

    /**
     * The given version of an item, if present.
     *
     * @param code    the implementation code
     * @param version the version
     * @return the item version, or empty
     */
    public Optional<ServiceItem> findItem(String code, int version) {
        Objects.requireNonNull(code, "code");
        return items.stream().filter(i -> i.implementationCode().equals(code) && i.version() == version).findFirst();
    }

    /**
     * The highest version of an item.
     *
     * @param code the implementation code
     * @return the latest version
     * @throws UnknownItemException if the catalog has no version of the item
     */
    public ServiceItem latest(String code) {
        return findLatest(code).orElseThrow(() -> new UnknownItemException(
                "Catalog '" + name + "' has no item " + code));
    }

    /**
     * The highest version of an item, if any.
     *
     * @param code the implementation code
     * @return the latest version, or empty
     */
    public Optional<ServiceItem> findLatest(String code) {
        Objects.requireNonNull(code, "code");
        return items.stream().filter(i -> i.implementationCode().equals(code))
                .max(Comparator.comparingInt(ServiceItem::version));
    }

    /**
     * The first item whose name equals the given name (latest version), if any.
     *
     * @param itemName the item name
     * @return the item, or empty
     */
    public Optional<ServiceItem> findByName(String itemName) {
        Objects.requireNonNull(itemName, "itemName");
        return items.stream().filter(i -> i.name().equals(itemName))
                .max(Comparator.comparingInt(ServiceItem::version));
    }

    private String describe(String code) {
        TreeSet<Integer> versions = new TreeSet<>();
        items.stream().filter(i -> i.implementationCode().equals(code)).forEach(i -> versions.add(i.version()));
        return versions.isEmpty() ? " (no version of that code)" : " (versions held: " + versions + ")";
    }
}
