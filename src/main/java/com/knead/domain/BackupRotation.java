package com.knead.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which backups to keep: the newest of each of the last {@code daily} days that have one, and the
 * newest of each of the last {@code monthly} months that have one; the rest may go. A backup made
 * before an upgrade counts like any other, so the one just before an upgrade is kept as that day's.
 *
 * @param daily   days kept (14 by default)
 * @param monthly months kept (12 by default)
 */
public record BackupRotation(int daily, int monthly) {

    public static final BackupRotation DEFAULT = new BackupRotation(14, 12);

    public BackupRotation {
        if (daily < 1 || monthly < 0) {
            throw new Refused("Keep at least one daily backup, and zero or more monthly ones.");
        }
    }

    /** One backup: when it was made (its business day) and a name to tell it by. */
    public record Made(String name, LocalDate day, long sequence) {
    }

    /** The names of the backups to keep. */
    public Set<String> keep(Collection<Made> backups) {
        List<Made> newestFirst = backups.stream()
                .sorted(Comparator.comparing(Made::day).thenComparingLong(Made::sequence).reversed()).toList();
        TreeMap<LocalDate, Made> byDay = new TreeMap<>(Comparator.reverseOrder());
        TreeMap<YearMonth, Made> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Made made : newestFirst) {
            byDay.putIfAbsent(made.day(), made);
            byMonth.putIfAbsent(YearMonth.from(made.day()), made);
        }
        Set<String> kept = new HashSet<>();
        byDay.values().stream().limit(daily).forEach(m -> kept.add(m.name()));
        byMonth.values().stream().limit(monthly).forEach(m -> kept.add(m.name()));
        return kept;
    }
}
