package org.homeward.casefile;

import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.homeward.offices.Offices;
import org.springframework.stereotype.Service;

/** Opens a case: numbers it, seals the personal details with a new case key and sends the command. */
@Service
public class CaseOpening {

    private final CommandGateway commands;
    private final CaseReferences references;
    private final PersonalDetailsProtector protector;
    private final Offices offices;
    private final Actors actors;

    public CaseOpening(CommandGateway commands, CaseReferences references, PersonalDetailsProtector protector,
                       Offices offices, Actors actors) {
        this.commands = commands;
        this.references = references;
        this.protector = protector;
        this.offices = offices;
        this.actors = actors;
    }

    @SignedInOfficer
    public OpenedCase open(NewCase newCase, Actor officer) {
        if (offices.find(newCase.office()).isEmpty()) {
            throw new CaseRuleViolation("office", "unknown office " + newCase.office());
        }
        if (!officer.isOfficer() || !officer.worksFor(newCase.office())) {
            throw actors.denied("Only an officer of office " + newCase.office() + " may open its cases");
        }
        // Needed before the aggregate sees the case: to seal the details, to number the case and to build the command.
        requirePresent(newCase.personalDetails(), "personalDetails");
        requirePresent(newCase.referredOn(), "referredOn");
        requirePresent(newCase.birthYear(), "birthYear");
        // Refusals the case would make anyway, checked before a reference number is used up.
        if (newCase.consent() == null || !newCase.consent().dataProcessing()) {
            throw new CaseRuleViolation("consent.dataProcessing",
                    "consent to data processing must be recorded before a case can be opened");
        }
        if (newCase.referredOn().getYear() < newCase.birthYear()) {
            throw new CaseRuleViolation("referredOn", "the referral date cannot be before the person was born");
        }
        UUID caseId = UUID.randomUUID();
        String reference = references.next(newCase.office(), newCase.referredOn().getYear());
        OpenCase command = new OpenCase(caseId, reference, protector.seal(caseId, newCase.personalDetails()),
                newCase.sex(), newCase.birthYear(), newCase.nationality(), newCase.office(),
                newCase.referralSource(), newCase.referredOn(), newCase.consent(), officer.username());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(RecordedBy.USER, officer.username(), RecordedBy.OFFICE, newCase.office())));
        } catch (RuntimeException refused) {
            protector.discardKeyOfUnopenedCase(caseId);
            throw refused;
        }
        return new OpenedCase(caseId, reference);
    }

    private static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(field, field + " is required");
        }
    }
}
