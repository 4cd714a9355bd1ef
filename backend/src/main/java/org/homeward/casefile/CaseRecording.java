package org.homeward.casefile;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.homeward.offices.Offices;
import org.springframework.stereotype.Service;

/**
 * Records a step in an existing case for an officer of the case's office: checks what only the application knows
 * (users, offices), seals free text, sends the command and answers the recorded event's identifier.
 */
@Service
public class CaseRecording {

    private final CommandGateway commands;
    private final CaseRecords records;
    private final PersonalDetailsProtector protector;
    private final Offices offices;
    private final Actors actors;

    public CaseRecording(CommandGateway commands, CaseRecords records, PersonalDetailsProtector protector,
                         Offices offices, Actors actors) {
        this.commands = commands;
        this.records = records;
        this.protector = protector;
        this.offices = offices;
        this.actors = actors;
    }

    /**
     * @param command one of the case's commands, addressed to {@code caseId}
     * @return the identifier of the recorded event
     */
    @SignedInOfficer
    public String record(UUID caseId, Object command, Actor officer) {
        String office = officeFor(caseId, officer);
        switch (command) {
            case ReassignCase reassign -> requireOfficerOf(reassign.toOfficer(), office, "toOfficer");
            case TransferCase transfer -> {
                if (transfer.toOffice() == null || offices.find(transfer.toOffice()).isEmpty()) {
                    throw new CaseRuleViolation("toOffice", "unknown office " + transfer.toOffice());
                }
                requireOfficerOf(transfer.toOfficer(), transfer.toOffice(), "toOfficer");
            }
            default -> {
                // the aggregate decides the rest
            }
        }
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(RecordedBy.USER, officer.username(), RecordedBy.OFFICE, office)));
    }

    /** Adds a note, sealed with the case's key: notes may name people and places. */
    @SignedInOfficer
    public String addNote(UUID caseId, String text, LocalDate notedOn, Actor officer) {
        officeFor(caseId, officer);
        if (text == null || text.isBlank()) {
            throw new CaseRuleViolation("text", "the note is empty");
        }
        if (protector.erased(caseId)) {
            throw new CaseRuleViolation("text", "the personal data of this case were erased: nothing personal can be recorded for it again");
        }
        return record(caseId, new AddNote(caseId, protector.sealText(caseId, text.strip()), notedOn), officer);
    }

    private String officeFor(UUID caseId, Actor officer) {
        String office = records.officeOf(caseId).orElseThrow(() -> new UnknownCase(caseId));
        if (!officer.isOfficer() || !officer.worksFor(office)) {
            throw new UnknownCase(caseId);
        }
        return office;
    }

    private void requireOfficerOf(String username, String office, String field) {
        if (!actors.isOfficerOf(username, office)) {
            throw new CaseRuleViolation(field, "no officer " + username + " works for office " + office);
        }
    }
}
