package org.homeward.api;

import static org.homeward.api.Recorded.recorded;

import java.util.UUID;

import org.homeward.casefile.CaseRecording;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * The steps of reintegration: the plan, economic and social support, business grants, check-ins and referrals; a grant
 * also answers its identifier, which its tranches and status reports refer to. Each answers 201 with the recorded
 * history entry's location (see {@link Recorded}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class ReintegrationStepsController {

    private final CaseRecording recording;

    ReintegrationStepsController(CaseRecording recording) {
        this.recording = recording;
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
}
