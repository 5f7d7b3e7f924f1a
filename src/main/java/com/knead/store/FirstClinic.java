package com.knead.store;

import com.knead.domain.Clinic;
import com.knead.domain.ClinicSetup;
import com.knead.domain.Ids;
import com.knead.domain.Modality;
import com.knead.domain.PinHash;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.StandardModalities;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Makes a real clinic from the owner's first-run setup, in one transaction: the clinic row, the
 * standard modalities (not yet priced), the owner with their PIN and the receipt printer. A crash
 * part-way leaves the folder with no clinic at all, so the setup simply runs again.
 */
final class FirstClinic {

    private FirstClinic() {
    }

    static void create(Database db, ClinicSetup setup, ZoneId zone) {
        Clinic clinic = setup.clinic(zone);
        // The slow PIN hash is made before the transaction, which then stays short.
        PinHash pin = PinHash.of(setup.pin());
        db.transaction(c -> {
            if (ClinicStore.find(c).isPresent()) {
                throw new Refused("This data folder already has a clinic: " + ClinicStore.find(c).get().name() + ".");
            }
            Instant now = Instant.now();
            ClinicStore.insert(c, clinic, now);
            for (Modality modality : StandardModalities.list(Ids::next)) {
                CatalogStore.insert(c, modality, now);
                // The usual durations, not priced yet: offered nowhere until the owner prices them.
                for (int minutes : StandardModalities.DURATIONS) {
                    CatalogStore.insertDuration(c, Ids.next(), modality.id(), minutes, now);
                }
            }
            StaffStore.insert(c, new StaffMember(Ids.next(), setup.ownerName(), StaffRole.OWNER, pin), now);
            SettingStore.put(c, SettingStore.RECEIPT_PRINTER, setup.printer().orElse(""), now);
            return null;
        });
    }
}
