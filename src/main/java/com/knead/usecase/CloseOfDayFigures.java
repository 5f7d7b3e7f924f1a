package com.knead.usecase;

import com.knead.domain.DayFigures;
import com.knead.domain.EndOfDay;
import com.knead.domain.ZReport;
import com.knead.store.Stores;
import com.knead.store.ZReportStore;
import java.time.LocalDate;

/** The figures of the Z and the X of one business day: the end of day's, and what the close adds. */
public final class CloseOfDayFigures {

    private final EndOfDayFigures endOfDay;
    private final ZReportStore zReports;

    public CloseOfDayFigures(Stores stores) {
        this.endOfDay = new EndOfDayFigures(stores);
        this.zReports = stores.zReports();
    }

    /**
     * The figures of a closed day's Z: its clients and grand total as the Z keeps them (a closed day never
     * changes, so they are not summed again), the rest from what is recorded for the day.
     */
    public DayFigures ofClosed(ZReport z) {
        return DayFigures.of(endOfDay.of(z.day()), z.newClients(), z.returningClients(), z.grandTotal()).asClosed(z);
    }

    public DayFigures of(LocalDate day) {
        EndOfDay figures = endOfDay.of(day);
        ZReportStore.Clients clients = zReports.clients(day);
        return DayFigures.of(figures, clients.fresh(), clients.returning(), zReports.grandTotalThrough(day));
    }
}
