package org.aidflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The shared input rules, value by value. */
class InputRulesTests {

    @Test
    void judgesNumbersByTheirShapeAlone() {
        assertThat(InputRules.number(new BigDecimal("1250000.50"))).isNull();
        assertThat(InputRules.number(new BigDecimal("99999999999999999999"))).isNull();
        assertThat(InputRules.number(new BigDecimal("1e20"))).isEqualTo("number.outOfRange");
        assertThat(InputRules.number(new BigDecimal("1e999999999"))).isEqualTo("number.outOfRange");
        assertThat(InputRules.number(new BigDecimal("-1e999999999"))).isEqualTo("number.outOfRange");
        assertThat(InputRules.number(new BigDecimal("1e-999999999"))).isEqualTo("number.tooManyDecimals");
        assertThat(InputRules.number(new BigDecimal("0.30000000000000004"))).isNull();
        assertThat(InputRules.number(BigInteger.TEN.pow(30))).isEqualTo("number.outOfRange");
        assertThat(InputRules.number(BigInteger.TEN.pow(19))).isNull();
    }

    @Test
    void refusesHugeAmountsBeforeComparingThem() {
        Checks checks = new Checks().amount("amount", new BigDecimal("1e999999999"));
        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("number.outOfRange"));
    }

    @Test
    void knowsTextFromWhatIsNot() {
        assertThat(InputRules.text("第一行\n第二行\t𠮷 🚀")).isNull();
        assertThat(InputRules.text("x\ud800y")).isEqualTo("field.loneSurrogate");
        assertThat(InputRules.text("x\udc00")).isEqualTo("field.loneSurrogate");
        assertThat(InputRules.text("x\ud800")).isEqualTo("field.loneSurrogate");
        assertThat(InputRules.text("a\u0000b")).isEqualTo("field.controlCharacter");
        assertThat(InputRules.text("a\u007fb")).isEqualTo("field.controlCharacter");
        assertThat(InputRules.text("a\u0085b")).isEqualTo("field.controlCharacter");
        assertThat(InputRules.fileName("invoice\u202Efdp.html")).isEqualTo("document.bidiName");
        assertThat(InputRules.fileName("line\nbreak.pdf")).isEqualTo("field.controlCharacter");
        assertThat(InputRules.fileName("协议 签字页.pdf")).isNull();
    }

    @Test
    void keepsDatesWithinTheWindow() {
        assertThat(InputRules.date(LocalDate.of(2000, 1, 1))).isNull();
        assertThat(InputRules.date(LocalDate.of(2100, 12, 31))).isNull();
        assertThat(InputRules.date(LocalDate.of(1999, 12, 31))).isEqualTo("field.dateOutOfRange");
        assertThat(InputRules.date(LocalDate.parse("+999999999-12-31"))).isEqualTo("field.dateOutOfRange");
    }

    @Test
    void convertsQueryParametersByTheSameRules() {
        assertThat(QueryParameterRules.decimal("12.50")).isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> QueryParameterRules.decimal("1e999999999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryParameterRules.date("2101-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(QueryParameterRules.date("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void boundsPagesSoThatNoOffsetOverflows() {
        assertThat(PageResult.Paging.of(50_000, 200).offset()).isEqualTo(10_000_000);
        assertThatThrownBy(() -> PageResult.Paging.of(50_001, 200)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> PageResult.Paging.of(10737419, 200)).isInstanceOf(ApiException.class);
    }
}
