package com.knead.control;

import com.knead.domain.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence a person reads when work fails: a rule's own words when a rule said no, otherwise
 * what could not be done and that nothing typed is lost. The log gets the detail; a screen never
 * gets a stack trace.
 */
public final class PlainSentence {

    private static final Logger LOG = LoggerFactory.getLogger(PlainSentence.class);

    private PlainSentence() {
    }

    /** The sentence for {@code failure}; logs the detail of an unexpected one. */
    public static String of(Throwable failure, String whatFailed) {
        if (failure instanceof Refused) {
            return failure.getMessage();
        }
        LOG.error("{}", whatFailed, failure);
        return whatFailed + ". Nothing you typed is lost; please try again, and if it keeps happening "
                + "ask the owner to look at the log.";
    }
}
