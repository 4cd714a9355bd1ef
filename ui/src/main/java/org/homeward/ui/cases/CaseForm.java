package org.homeward.ui.cases;

import java.time.LocalDate;

import org.homeward.casefile.Consent;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.PersonalDetails;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;

/** The open-a-case form's values while the officer fills them in. */
class CaseForm {

    private String fullName;
    private String phone;
    private Sex sex;
    private Integer birthYear;
    private String nationality;
    private String office;
    private ReferralSource referralSource;
    private LocalDate referredOn;
    private boolean consentToDataProcessing;
    private boolean consentToDataSharing;

    NewCase toNewCase() {
        String trimmedPhone = phone == null || phone.isBlank() ? null : phone.strip();
        return new NewCase(new PersonalDetails(fullName.strip(), trimmedPhone), sex, birthYear, nationality, office,
                referralSource, referredOn, new Consent(consentToDataProcessing, consentToDataSharing));
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getOffice() { return office; }
    public void setOffice(String office) { this.office = office; }
    public ReferralSource getReferralSource() { return referralSource; }
    public void setReferralSource(ReferralSource referralSource) { this.referralSource = referralSource; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate referredOn) { this.referredOn = referredOn; }
    public boolean isConsentToDataProcessing() { return consentToDataProcessing; }
    public void setConsentToDataProcessing(boolean consent) { this.consentToDataProcessing = consent; }
    public boolean isConsentToDataSharing() { return consentToDataSharing; }
    public void setConsentToDataSharing(boolean consent) { this.consentToDataSharing = consent; }
}
