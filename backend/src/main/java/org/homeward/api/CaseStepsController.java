package org.homeward.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.CloseCase;
import org.homeward.casefile.CorrectEntry;
import org.homeward.casefile.ErasePersonalData;
import org.homeward.casefile.HistoryEntry;
import org.homeward.casefile.ReassignCase;
import org.homeward.casefile.ReopenCase;
import org.homeward.casefile.TransferCase;
import org.homeward.casefile.UnknownCase;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.RecordConsent;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.WithdrawConsent;
import org.homeward.casefile.journey.ArrangeReturnTravel;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.reintegration.AgreeReintegrationPlan;
import org.homeward.casefile.reintegration.ApproveBusinessGrant;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.homeward.casefile.reintegration.MakeReferral;
import org.homeward.casefile.reintegration.ProvideEconomicSupport;
import org.homeward.casefile.reintegration.ProvideSocialSupport;
import org.homeward.casefile.reintegration.RecordPsychosocialCheckIn;
import org.homeward.casefile.reintegration.ReportBusinessStatus;
import org.homeward.security.HomewardUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * One endpoint per step of a case, named after the domain. Each answers 201 with the recorded history entry's
 * location; grants, follow-ups and assessments also answer the identifier later steps refer to.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class CaseStepsController {

    private final CaseRecording recording;
    private final CaseRecords records;

    CaseStepsController(CaseRecording recording, CaseRecords records) {
        this.recording = recording;
        this.records = records;
    }

    /** What a recorded step answers; {@code id} is the new grant's, follow-up's or assessment's identifier, if any. */
    record Recorded(UUID caseId, String eventId, UUID id) {
    }

    @PostMapping("/exploitation")
    ResponseEntity<Recorded> exploitation(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Exploitation body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordExploitation(caseId, body.form(),
                body.countryOfExploitation(), body.transitCountries(), body.recruitmentChannel(), body.startedOn(),
                body.endedOn()), officer));
    }

    @PostMapping("/screening")
    ResponseEntity<Recorded> screening(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Screening body,
                                       @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CompleteScreening(caseId, body.outcome(), body.screenedOn()), officer));
    }

    @PostMapping("/consent")
    ResponseEntity<Recorded> consent(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.ConsentGiven body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordConsent(caseId, body.dataProcessing(),
                body.dataSharing(), body.givenOn()), officer));
    }

    @PostMapping("/consent-withdrawals")
    ResponseEntity<Recorded> consentWithdrawal(@PathVariable UUID caseId,
                                               @Valid @RequestBody CaseStepRequests.ConsentWithdrawal body,
                                               @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new WithdrawConsent(caseId, body.scope(), body.withdrawnOn()), officer));
    }

    @PostMapping("/assistance")
    ResponseEntity<Recorded> assistance(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Assistance body,
                                        @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ProvideAssistance(caseId, body.kind(), body.country(),
                body.provider(), body.cost(), body.providedOn()), officer));
    }

    @PostMapping("/return-travel")
    ResponseEntity<Recorded> returnTravel(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.ReturnTravel body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ArrangeReturnTravel(caseId, body.fromCountry(),
                body.toCountry(), body.mode(), body.departureOn(), body.arrangedOn()), officer));
    }

    @PostMapping("/returned-home")
    ResponseEntity<Recorded> returnedHome(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.ReturnHome body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordReturnHome(caseId, body.returnedOn(),
                body.province(), body.district()), officer));
    }

    @PostMapping("/reintegration-plans")
    ResponseEntity<Recorded> plan(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Plan body,
                                  @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new AgreeReintegrationPlan(caseId, body.economicGoal(),
                body.socialGoal(), body.psychosocialGoal(), body.budget(), body.agreedOn()), officer));
    }

    @PostMapping("/economic-support")
    ResponseEntity<Recorded> economicSupport(@PathVariable UUID caseId,
                                             @Valid @RequestBody CaseStepRequests.EconomicSupport body,
                                             @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ProvideEconomicSupport(caseId, body.kind(),
                body.value(), body.providedOn()), officer));
    }

    @PostMapping("/business-grants")
    ResponseEntity<Recorded> grant(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Grant body,
                                   @AuthenticationPrincipal HomewardUser officer) {
        UUID grantId = UUID.randomUUID();
        return recorded(caseId, grantId, recording.record(caseId, new ApproveBusinessGrant(caseId, grantId,
                body.businessType(), body.amount(), body.approvedOn()), officer));
    }

    @PostMapping("/business-grants/{grantId}/tranches")
    ResponseEntity<Recorded> tranche(@PathVariable UUID caseId, @PathVariable UUID grantId,
                                     @Valid @RequestBody CaseStepRequests.Tranche body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new DisburseGrantTranche(caseId, grantId, body.amount(),
                body.disbursedOn()), officer));
    }

    @PostMapping("/business-grants/{grantId}/status-reports")
    ResponseEntity<Recorded> businessStatus(@PathVariable UUID caseId, @PathVariable UUID grantId,
                                            @Valid @RequestBody CaseStepRequests.BusinessStatusReport body,
                                            @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ReportBusinessStatus(caseId, grantId, body.status(),
                body.monthlyIncome(), body.reportedOn()), officer));
    }

    @PostMapping("/psychosocial-check-ins")
    ResponseEntity<Recorded> checkIn(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.PsychosocialCheckIn body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordPsychosocialCheckIn(caseId, body.mode(),
                body.wellbeingScore(), body.concerns(), body.referredToSpecialist(), body.checkedInOn()), officer));
    }

    @PostMapping("/social-support")
    ResponseEntity<Recorded> socialSupport(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.SocialSupport body,
                                           @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ProvideSocialSupport(caseId, body.kind(), body.providedOn()), officer));
    }

    @PostMapping("/referrals")
    ResponseEntity<Recorded> referral(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Referral body,
                                      @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new MakeReferral(caseId, body.service(), body.organisation(),
                body.referredOn()), officer));
    }

    @PostMapping("/follow-ups")
    ResponseEntity<Recorded> followUp(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.FollowUp body,
                                      @AuthenticationPrincipal HomewardUser officer) {
        UUID followUpId = UUID.randomUUID();
        return recorded(caseId, followUpId, recording.record(caseId, new ScheduleFollowUp(caseId, followUpId, body.purpose(),
                body.dueOn(), body.scheduledOn()), officer));
    }

    @PostMapping("/follow-ups/{followUpId}/completion")
    ResponseEntity<Recorded> followUpCompletion(@PathVariable UUID caseId, @PathVariable UUID followUpId,
                                                @Valid @RequestBody CaseStepRequests.FollowUpCompletion body,
                                                @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CompleteFollowUp(caseId, followUpId, body.mode(),
                body.completedOn()), officer));
    }

    @PostMapping("/follow-ups/{followUpId}/missed")
    ResponseEntity<Recorded> followUpMissed(@PathVariable UUID caseId, @PathVariable UUID followUpId,
                                            @Valid @RequestBody CaseStepRequests.FollowUpMissed body,
                                            @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordMissedFollowUp(caseId, followUpId,
                body.attempts(), body.lastAttemptOn()), officer));
    }

    @PostMapping("/assessments")
    ResponseEntity<Recorded> assessment(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Assessment body,
                                        @AuthenticationPrincipal HomewardUser officer) {
        UUID assessmentId = UUID.randomUUID();
        return recorded(caseId, assessmentId, recording.record(caseId, new RecordReintegrationAssessment(caseId,
                assessmentId, body.assessedOn(), body.schemeVersion(), body.answers()), officer));
    }

    @PostMapping("/reassignment")
    ResponseEntity<Recorded> reassignment(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Reassignment body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ReassignCase(caseId, body.toOfficer(), body.reassignedOn()), officer));
    }

    @PostMapping("/transfer")
    ResponseEntity<Recorded> transfer(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Transfer body,
                                      @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new TransferCase(caseId, body.toOffice(), body.toOfficer(),
                body.transferredOn()), officer));
    }

    @PostMapping("/notes")
    ResponseEntity<Recorded> note(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Note body,
                                  @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.addNote(caseId, body.text(), body.notedOn(), officer));
    }

    @PostMapping("/corrections")
    ResponseEntity<Recorded> correction(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Correction body,
                                        @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CorrectEntry(caseId, body.correctedEventId(),
                body.correctedValues(), body.reason()), officer));
    }

    @PostMapping("/closure")
    ResponseEntity<Recorded> closure(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Closure body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CloseCase(caseId, body.reason(), body.closedOn()), officer));
    }

    @PostMapping("/reopening")
    ResponseEntity<Recorded> reopening(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Reopening body,
                                       @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ReopenCase(caseId, body.reason(), body.reopenedOn()), officer));
    }

    @PostMapping("/personal-data-erasure")
    @io.swagger.v3.oas.annotations.Operation(summary = "Erase the person's personal data for good, at their request",
            description = "The case's key is destroyed with the recording of PersonalDataErased: name, contact details "
            + "and notes can never be read again; everything non-personal stays. For officers of the case's office. "
            + "(Erasure at the end of the retention period is the retention policy's.)")
    ResponseEntity<Recorded> erasure(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Erasure body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ErasePersonalData(caseId, body.requestedOn()), officer));
    }

    @GetMapping("/history")
    List<HistoryEntry> history(@PathVariable UUID caseId, @AuthenticationPrincipal HomewardUser reader) {
        return records.history(caseId, reader).orElseThrow(() -> new UnknownCase(caseId));
    }

    @GetMapping("/history/{eventId}")
    HistoryEntry historyEntry(@PathVariable UUID caseId, @PathVariable String eventId,
                              @AuthenticationPrincipal HomewardUser reader) {
        return history(caseId, reader).stream().filter(entry -> entry.eventId().equals(eventId)).findFirst()
                .orElseThrow(() -> new UnknownCase(caseId));
    }

    private static ResponseEntity<Recorded> recorded(UUID caseId, UUID id, String eventId) {
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/history/" + eventId))
                .body(new Recorded(caseId, eventId, id));
    }
}
