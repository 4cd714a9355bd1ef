package org.homeward.casefile;

/** A command that breaks one of the case's rules; nothing is recorded. */
public class CaseRuleViolation extends RuntimeException {

    private final String field;

    public CaseRuleViolation(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The command field the rule is about, so that a form or an API client can point at it. */
    public String field() {
        return field;
    }
}
