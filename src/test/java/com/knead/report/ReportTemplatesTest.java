package com.knead.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

    @Test
    void preloadReadsEveryTemplateOnceAndKeepsIt() {
        ReportTemplates templates = new ReportTemplates();
        templates.preload();

        assertThat(templates.get(ReportTemplates.RECEIPT).getName()).isEqualTo("receipt");
        assertThat(templates.get(ReportTemplates.END_OF_DAY).getName()).isEqualTo("end-of-day");
        assertThat(templates.get(ReportTemplates.RECEIPT)).isSameAs(templates.get(ReportTemplates.RECEIPT));
    }

    @Test
    void aMissingTemplateIsAReportFailureNamingIt() {
        assertThatThrownBy(() -> new ReportTemplates().get("no-such-report"))
                .isInstanceOf(ReportFailure.class)
                .hasMessageContaining("/reports/no-such-report.jasper");
    }
}
