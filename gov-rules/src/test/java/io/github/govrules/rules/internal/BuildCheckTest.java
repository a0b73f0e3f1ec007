package io.github.govrules.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.govrules.core.io.Catalogs;
import io.github.govrules.core.item.ServiceItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build check's made-up items look like real ones, so rules reading parts of a code read them. */
class BuildCheckTest {

    @Test
    void theSyntheticCodesHaveTheLengthOfTheExampleCatalogsCodes() {
        List<ServiceItem> items = Catalogs.example().items();
        assertFalse(items.isEmpty());
        for (ServiceItem item : items) {
            assertEquals(item.implementationCode().length(), BuildCheck.SYNTHETIC_CODE_1.length(), item.implementationCode());
            assertEquals(item.implementationCode().length(), BuildCheck.SYNTHETIC_CODE_2.length(), item.implementationCode());
        }
    }
}
