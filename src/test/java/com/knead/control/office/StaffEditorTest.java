package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.Approval;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff page without its window: the owner's stories on real H2, as the person who unlocked the office. */
class StaffEditorTest extends OfficeFixture {

    private final Shown<StaffEditor.State> view = new Shown<>();
    private Optional<Approval> actor = Optional.empty();
    private StaffEditor editor;

    @BeforeEach
    void openAsTheOwner() {
        actor = Optional.of(office.door().unlock(owner(), DemoSeed.DEMO_OWNER_PIN));
        editor = new StaffEditor(office.staff(), office.pins(), () -> actor, new ImmediateTasks(), clock, view::show);
        editor.load();
    }

    private StaffEditor.Row row(String name) {
        return view.last().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theOwnerAddsSomeoneWithAPinAfterAnObviousOneIsRefused() {
        StaffEditor.State first = view.last();
        assertThat(first.rows()).extracting(StaffEditor.Row::name)
                .containsExactly("Maya Chen", "Olivia Park", "Riley Brooks", "Sam Ortiz");
        assertThat(first.mayManage()).isTrue();
        assertThat(first.adding()).isTrue();
        assertThat(row("Olivia Park").pinSet()).isTrue();
        assertThat(row("Riley Brooks").pinSet()).as("the demo gives each of its staff a PIN").isTrue();

        editor.save(new StaffEditor.Form("Jordan Lee", StaffRole.MANAGER, "", "1234", "1234"));
        assertThat(view.last().pinProblem())
                .isEqualTo("That PIN is a straight run (like 1234 or 9876), so it is easy to guess; choose another.");
        assertThat(view.last().rows()).hasSize(4);
        editor.save(new StaffEditor.Form("Jordan Lee", StaffRole.MANAGER, "", "5829", "5892"));
        assertThat(view.last().pinProblem()).isEqualTo("The two new PINs differ; type the same PIN twice.");
        editor.save(new StaffEditor.Form("Jordan Lee", StaffRole.MANAGER, "", "5829", "5829"));
        StaffEditor.State added = view.last();
        assertThat(added.done()).isEqualTo("Added Jordan Lee (manager), with a PIN.");
        assertThat(added.pinProblem()).isEmpty();
        assertThat(added.selected()).map(StaffEditor.Row::name).hasValue("Jordan Lee");
        assertThat(row("Jordan Lee")).satisfies(r -> {
            assertThat(r.active()).isTrue();
            assertThat(r.pinSet()).isTrue();
            assertThat(r.role()).isEqualTo(StaffRole.MANAGER);
        });
        assertThat(stores.audit().latest(2)).extracting(AuditStore.Entry::action).containsExactly("PIN set", "staff added");
    }

    @Test
    void theOwnerRenamesDeactivatesAndReactivatesAndCannotRemoveTheLastOwner() {
        editor.select(row("Sam Ortiz").id());
        int edition = view.last().edition();
        editor.save(new StaffEditor.Form("Sam Ortiz-Reyes", StaffRole.THERAPIST));
        assertThat(view.last().done()).isEqualTo("Saved Sam Ortiz-Reyes.");
        assertThat(view.last().edition()).as("the fields keep what was typed").isEqualTo(edition);
        editor.deactivate();
        assertThat(row("Sam Ortiz-Reyes").active()).isFalse();
        assertThat(view.last().rows()).last().extracting(StaffEditor.Row::name).isEqualTo("Sam Ortiz-Reyes");
        editor.reactivate();
        assertThat(row("Sam Ortiz-Reyes").active()).isTrue();
        assertThat(view.last().done()).isEqualTo("Sam Ortiz-Reyes is active again.");

        editor.select(row("Olivia Park").id());
        editor.deactivate();
        assertThat(view.last().problem()).isEqualTo("Olivia Park is the clinic's only active owner, so Olivia Park "
                + "cannot be deactivated; make someone else an owner first.");
        editor.save(new StaffEditor.Form("Olivia Park", StaffRole.MANAGER));
        assertThat(view.last().problem()).contains("stays an owner");
        assertThat(row("Olivia Park").role()).isEqualTo(StaffRole.OWNER);
        editor.save(new StaffEditor.Form("  ", StaffRole.OWNER));
        assertThat(view.last().problem()).isEqualTo("Type the person's name.");
    }

    @Test
    void pinsAreSetByTheOwnerChangedWithTheCurrentOneAndALockIsCleared() {
        editor.select(row("Riley Brooks").id());
        editor.setPin(new StaffEditor.Form("Riley Brooks", StaffRole.CASHIER, "", "2580", "2580"));
        // Riley has the demo's PIN already, so the owner's new one replaces it.
        assertThat(view.last().done()).isEqualTo("Riley Brooks's PIN is changed.");
        assertThat(row("Riley Brooks").pinSet()).isTrue();
        editor.setPin(new StaffEditor.Form("Riley Brooks", StaffRole.CASHIER, "1111", "3691", "3691"));
        assertThat(view.last().pinProblem()).startsWith("That PIN is not right for Riley Brooks. Try again;");
        for (int i = 0; i < 4; i++) {
            editor.setPin(new StaffEditor.Form("Riley Brooks", StaffRole.CASHIER, "1111", "3691", "3691"));
        }
        assertThat(view.last().pinProblem()).startsWith("Riley Brooks's PIN is locked");
        editor.load();
        assertThat(row("Riley Brooks").locked()).isTrue();
        editor.clearLock();
        assertThat(view.last().done()).isEqualTo("Riley Brooks can try their PIN again.");
        assertThat(row("Riley Brooks").locked()).isFalse();
        editor.setPin(new StaffEditor.Form("Riley Brooks", StaffRole.CASHIER, "2580", "3691", "3691"));
        assertThat(view.last().done()).isEqualTo("Riley Brooks's PIN is changed.");
        assertThat(stores.audit().latest(1).get(0).action()).isEqualTo("PIN changed");
    }

    @Test
    void aManagerSeesTheListButTheUseCaseRefusesTheirChanges() {
        editor.save(new StaffEditor.Form("Jordan Lee", StaffRole.MANAGER, "", "5829", "5829"));
        actor = Optional.of(office.door().unlock(stores.staff().active().get(0), "5829"));
        editor.load();
        assertThat(view.last().mayManage()).isFalse();
        editor.startNew();
        editor.save(new StaffEditor.Form("Kim Doe", StaffRole.CASHIER));
        assertThat(view.last().problem()).isEqualTo("Jordan Lee (manager) may not add, edit and deactivate staff; ask the owner.");
        assertThat(view.last().rows()).extracting(StaffEditor.Row::name).doesNotContain("Kim Doe");
        editor.forget();
        assertThat(view.last().rows()).isEmpty();
        assertThat(view.last().problem()).isEmpty();
    }
}
