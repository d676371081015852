package de.ihk.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.ihk.common.Priority;
import de.ihk.measure.MeasureStatus;
import org.junit.jupiter.api.Test;

class SheetLayoutsTest {

    @Test
    void measureHeadersComeInTheAgreedOrderInBothLanguages() {
        assertThat(SheetLayouts.MEASURES.headers(SheetLanguage.DE))
                .startsWith("ID", "Kürzel", "Titel", "Kurzbeschreibung", "Beschreibung", "Handlungsfeld")
                .endsWith("Veröffentlichung", "Version", "Zuletzt geändert")
                .hasSize(28);
        assertThat(SheetLayouts.MEASURES.headers(SheetLanguage.EN))
                .startsWith("ID", "Code", "Title", "Summary")
                .contains("Lead actor ID", "Funding source")
                .endsWith("Last changed");
    }

    @Test
    void aHeaderIsFoundInEitherLanguageTrimmedAndCaseInsensitive() {
        assertThat(SheetLayouts.MEASURES.find("  fortschritt ")).contains(SheetLayouts.Measures.PROGRESS);
        assertThat(SheetLayouts.MEASURES.find("PROGRESS")).contains(SheetLayouts.Measures.PROGRESS);
        assertThat(SheetLayouts.STEPS.find("Fällig am")).contains(SheetLayouts.Steps.DUE_DATE);
        assertThat(SheetLayouts.NEEDS.find("Herleitung")).contains(SheetLayouts.Needs.EVIDENCE);
        assertThat(SheetLayouts.NEEDS.find("Bemerkung")).isEmpty();
    }

    @Test
    void keysAndHeadersAreUniqueWithinALayout() {
        for (SheetLayout layout : new SheetLayout[] {SheetLayouts.MEASURES, SheetLayouts.NEEDS, SheetLayouts.STEPS}) {
            assertThat(layout.columns().stream().map(SheetColumn::key)).doesNotHaveDuplicates();
            for (SheetColumn column : layout.columns()) {
                assertThat(layout.find(column.german())).contains(column);
                assertThat(layout.find(column.english())).contains(column);
            }
        }
    }

    @Test
    void labelsReadBackFromEitherLanguageOrTheApiValue() {
        assertThat(SheetLabels.MEASURE_STATUS.label(MeasureStatus.IN_PROGRESS, SheetLanguage.DE))
                .isEqualTo("In Umsetzung");
        assertThat(SheetLabels.MEASURE_STATUS.parse("in umsetzung")).contains(MeasureStatus.IN_PROGRESS);
        assertThat(SheetLabels.MEASURE_STATUS.parse("In progress")).contains(MeasureStatus.IN_PROGRESS);
        assertThat(SheetLabels.MEASURE_STATUS.parse("IN_PROGRESS")).contains(MeasureStatus.IN_PROGRESS);
        assertThat(SheetLabels.PRIORITY.parse("Hoch")).contains(Priority.HIGH);
        assertThat(SheetLabels.PRIORITY.parse("urgent")).isEmpty();
    }
}
