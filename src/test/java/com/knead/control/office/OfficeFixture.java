package com.knead.control.office;

import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.report.ReportTemplates;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.OfficeServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The office's use cases on the demo clinic in a fresh H2 folder, on a clock the test moves. */
abstract class OfficeFixture {

    /** A clock that stands still until the test moves it on. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.now();

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keeps every state a controller published. */
    static final class Shown<S> {
        final List<S> states = new ArrayList<>();

        void show(S state) {
            states.add(state);
        }

        S last() {
            return states.get(states.size() - 1);
        }
    }

    @TempDir
    Path folder;
    Stores stores;
    OfficeServices office;
    final MovingClock clock = new MovingClock();

    @BeforeEach
    void openClinic() {
        stores = DemoFolder.open(folder);
        office = OfficeServices.over(stores, new ReportTemplates(), clock);
    }

    @AfterEach
    void closeClinic() {
        stores.close();
    }

    StaffMember owner() {
        return stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst().orElseThrow();
    }
}
