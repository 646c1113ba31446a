package com.cohelm.program;

import com.cohelm.base.PlainText;
import com.cohelm.base.jpa.AuditedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A joint program of work between the supplier and one customer. People and organizations belong to
 * the account feature and are referenced by id.
 */
@Entity
@Table(name = "program")
class Program extends AuditedRow {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "success_definition", nullable = false, length = 4000)
    private String successDefinition;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "target_end_date", nullable = false)
    private LocalDate targetEndDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ProgramStatus status;

    @Column(name = "supplier_lead_id", nullable = false)
    private long supplierLeadId;

    @Column(name = "customer_lead_id", nullable = false)
    private long customerLeadId;

    protected Program() {
    }

    Program(long customerId) {
        this.customerId = customerId;
    }

    /** Takes the draft's values; the row is written, and its version and update time move, only if one changed. */
    void apply(ProgramDraft draft) {
        this.name = PlainText.requiredLine("name", draft.name());
        this.successDefinition = PlainText.requiredLines("successDefinition", draft.successDefinition());
        this.startDate = draft.startDate();
        this.targetEndDate = draft.targetEndDate();
        this.status = draft.status();
        this.supplierLeadId = draft.supplierLeadId();
        this.customerLeadId = draft.customerLeadId();
    }

    /** What the activity log keeps as the before and after of a change. */
    String describe() {
        return "name=" + name + "; status=" + status + "; start=" + startDate + "; targetEnd=" + targetEndDate
                + "; supplierLead=" + supplierLeadId + "; customerLead=" + customerLeadId
                + "; successDefinition=" + successDefinition;
    }

    long getCustomerId() {
        return customerId;
    }

    String getName() {
        return name;
    }

    String getSuccessDefinition() {
        return successDefinition;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getTargetEndDate() {
        return targetEndDate;
    }

    ProgramStatus getStatus() {
        return status;
    }

    long getSupplierLeadId() {
        return supplierLeadId;
    }

    long getCustomerLeadId() {
        return customerLeadId;
    }
}
