package com.knead.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The clinic's intake form as kept in its database: the questions in order and the red-flag rules. */
public record IntakeForm(List<IntakeQuestion> questions, List<RedFlagRule> rules) {

    public IntakeForm {
        questions = questions.stream()
                .sorted(Comparator.comparing(IntakeQuestion::section).thenComparingInt(IntakeQuestion::sortOrder))
                .toList();
        rules = List.copyOf(rules);
    }

    /** The questions of one screen, in order. */
    public List<IntakeQuestion> questions(IntakeQuestion.Section section) {
        return questions.stream().filter(q -> q.section() == section).toList();
    }

    /** The red flags these answers raise, in the clinic's order. */
    public List<RedFlag> redFlags(IntakeAnswers answers) {
        return rules.stream().filter(rule -> rule.raisedBy(answers)).map(RedFlagRule::flag).toList();
    }

    /** Checks the free-text answers; the sentence of the first problem, or empty. */
    public Optional<String> problem(IntakeAnswers answers) {
        for (IntakeQuestion question : questions) {
            String answer = answers.answers().get(question.code());
            if (question.kind() == IntakeQuestion.Kind.TEXT && answer != null
                    && answer.codePointCount(0, answer.length()) > IntakeQuestion.MAX_TEXT) {
                return Optional.of("\"" + question.prompt() + "\" is too long; "
                        + IntakeQuestion.MAX_TEXT + " letters at most.");
            }
        }
        return Optional.empty();
    }
}
