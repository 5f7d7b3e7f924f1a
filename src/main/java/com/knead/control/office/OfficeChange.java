package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How an office editor saves one change to the price list: refused while another is saving or when
 * nobody has the office unlocked, run on the write lane, then its sentence shown ("5 min added.") and
 * the editor's data read again; a failure shown as its plain sentence. It keeps the editor's problem,
 * result and busy flags; the editor publishes them.
 */
final class OfficeChange {

    private final Supplier<StaffMember> actor;
    private final Tasks tasks;
    private final String unlockAgain;
    private final Runnable publish;
    private String problem = "";
    private String result = "";
    private boolean busy;

    /**
     * @param unlockAgain what to say when the office is no longer unlocked
     * @param publish     shows the editor's state again
     */
    OfficeChange(Supplier<StaffMember> actor, Tasks tasks, String unlockAgain, Runnable publish) {
        this.actor = actor;
        this.tasks = tasks;
        this.unlockAgain = unlockAgain;
        this.publish = publish;
    }

    /** Runs {@code work} as whoever unlocked the office; {@code saved} runs on success (reads again). */
    void save(Supplier<String> work, Runnable saved) {
        if (busy) {
            return;
        }
        if (actor.get() == null) {
            problem = unlockAgain;
            publish.run();
            return;
        }
        busy = true;
        problem = "";
        result = "";
        publish.run();
        tasks.write(work, said -> {
            busy = false;
            result = said;
            saved.run();
        }, sentence -> {
            busy = false;
            problem = sentence;
            publish.run();
        }, "The change could not be saved");
    }

    /** Reads the editor's data on a worker, then hands it over; a failure becomes the problem. */
    <T> void read(Supplier<T> work, Consumer<T> read, String failure) {
        tasks.read(work, read, sentence -> {
            problem = sentence;
            publish.run();
        }, failure);
    }

    /** A refusal before anything is saved: its sentence, and no result. */
    void refused(String sentence) {
        problem = sentence;
        result = "";
        publish.run();
    }

    /** Forgets the last problem, keeping the result (the person moved on to something else). */
    void problemSeen() {
        problem = "";
        publish.run();
    }

    /** Forgets the last problem and result (the editor opened or locked). */
    void clear() {
        problem = "";
        result = "";
    }

    String problem() {
        return problem;
    }

    String result() {
        return result;
    }

    boolean busy() {
        return busy;
    }
}
