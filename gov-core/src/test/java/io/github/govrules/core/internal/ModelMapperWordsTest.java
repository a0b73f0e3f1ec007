package io.github.govrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelMapperWordsTest {

    @Test
    void typeNamesAreWrittenAsWords() {
        assertEquals("service item", ModelMapper.words("ServiceItem"));
        assertEquals("case event", ModelMapper.words("CaseEvent"));
        assertEquals("seal", ModelMapper.words("Seal"));
    }

    @Test
    void jacksonsLimitMessagesLoseTheJavaMethodTheyName() {
        assertEquals("Document nesting depth (65) exceeds the maximum allowed (64)", ModelMapper.withoutJavaNames(
                "Document nesting depth (65) exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)"));
        assertEquals("String value length (200) exceeds the maximum allowed (100)", ModelMapper.withoutJavaNames(
                "String value length (200) exceeds the maximum allowed (100, from `StreamReadConstraints.getMaxStringLength()`)"));
        assertEquals("Number value length exceeded", ModelMapper.withoutJavaNames(
                "Number value length exceeded (from `StreamReadConstraints.getMaxNumberLength()`)"));
    }

    @Test
    void validationMessagesAreEnglishWhateverTheJvmsLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.CHINA); // Hibernate Validator ships 不能为空 for it
            io.github.govrules.core.io.ModelValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.github.govrules.core.io.ModelValidationException.class,
                    () -> ModelMapper.validate(new io.github.govrules.core.hall.SealUse("S-1", " ",
                            java.time.LocalDateTime.of(2025, 9, 19, 10, 0), "GJJ-1", io.github.govrules.core.hall.SealDocument.DECISION),
                            "use.json"));
            assertEquals("use.json: 1 violation: $.usedBy: must not be blank", e.getMessage());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
