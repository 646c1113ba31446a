package com.cohelm.program;

import com.cohelm.base.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A joint program of work between the supplier and one customer. People and organizations belong to
 * the account feature and are referenced by id.
 */
@Entity
@Table(name = "program")
class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Program() {
    }

    Program(long customerId, Instant createdAt) {
        this.customerId = customerId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Takes the draft's values; the update time moves only when something really changed. */
    void apply(ProgramDraft draft, Instant at) {
        var before = updatedAt == null ? null : describe();
        this.name = PlainText.requiredLine("name", draft.name());
        this.successDefinition = PlainText.requiredLines("successDefinition", draft.successDefinition());
        this.startDate = draft.startDate();
        this.targetEndDate = draft.targetEndDate();
        this.status = draft.status();
        this.supplierLeadId = draft.supplierLeadId();
        this.customerLeadId = draft.customerLeadId();
        if (!describe().equals(before)) {
            this.updatedAt = at;
        }
    }

    /** Marks a change of what hangs on the program (its teams), so that its version moves and stale forms conflict. */
    void touch(Instant at) {
        this.updatedAt = at;
    }

    /** What the activity log keeps as the before and after of a change. */
    String describe() {
        return "name=" + name + "; status=" + status + "; start=" + startDate + "; targetEnd=" + targetEndDate
                + "; supplierLead=" + supplierLeadId + "; customerLead=" + customerLeadId
                + "; successDefinition=" + successDefinition;
    }

    Long getId() {
        return id;
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

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
