package com.knead.sync;

import com.knead.usecase.SyncWithCentre;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code knead sync} in a process of its own, to be killed (SIGKILL) at a random point: syncs the
 * data folder {@code args[0]} with the centre {@code args[1]} in batches of {@code args[2]}, printing
 * "pushed N" after each batch the centre has committed and the local mark has moved.
 */
public final class SyncChild {

    private SyncChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Installation here = new Installation(Path.of(args[0]))) {
            here.sync(args[1], Integer.parseInt(args[2]), List.of(), duration -> {
            }).run((pushed, of) -> {
                System.out.println("pushed " + pushed);
                System.out.flush();
            });
            System.out.println("done");
        }
    }
}
