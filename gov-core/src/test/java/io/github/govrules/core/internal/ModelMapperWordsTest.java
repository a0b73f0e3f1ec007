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
}
