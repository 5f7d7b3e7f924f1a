package com.knead.store;

import com.knead.domain.Money;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.UUID;

/** Binding and reading the column types every table shares: UUID keys, UTC instants, money. */
final class Rows {

    private Rows() {
    }

    /** H2 keeps microseconds; cutting to them first means what is returned equals what is read back. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal stored = rs.getBigDecimal(column);
        return Money.of(stored.setScale(currency.getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY), currency);
    }

    /** Sets the trailing created_at and updated_at parameters of an insert to the same instant. */
    static void stamps(PreparedStatement ps, int firstIndex, Instant at) throws SQLException {
        ps.setObject(firstIndex, utc(at));
        ps.setObject(firstIndex + 1, utc(at));
    }
}
