package com.cohelm.goal;

import com.cohelm.base.PlainText;
import com.cohelm.base.jpa.AuditedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "goal")
class Goal extends AuditedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "why_it_matters", nullable = false, length = 4000)
    private String whyItMatters;

    @Column(nullable = false, length = 120)
    private String metric;

    @Column(nullable = false, length = 40)
    private String unit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8)
    private KpiDirection direction;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(name = "supplier_owner_id", nullable = false)
    private long supplierOwnerId;

    @Column(name = "customer_owner_id", nullable = false)
    private long customerOwnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private GoalStatus status = GoalStatus.ON_TRACK;

    protected Goal() {
    }

    Goal(long programId) {
        this.programId = programId;
    }

    /** Takes the draft's values; the row is written, and its version and update time move, only if one changed. */
    void apply(GoalDraft draft) {
        this.title = PlainText.requiredLine("title", draft.title());
        this.whyItMatters = PlainText.requiredLines("whyItMatters", draft.whyItMatters());
        this.metric = PlainText.requiredLine("metric", draft.metric());
        this.unit = PlainText.requiredLine("unit", draft.unit());
        this.baseline = draft.baseline();
        this.target = draft.target();
        this.direction = draft.direction();
        this.targetDate = draft.targetDate();
        this.supplierOwnerId = draft.supplierOwnerId();
        this.customerOwnerId = draft.customerOwnerId();
    }

    /** A confirmation is news even when the status stays: the version moves, so a form showing the old one conflicts. */
    void confirm(GoalStatus status) {
        this.status = status;
        touch();
    }

    String describe() {
        return "title=" + title + "; metric=" + metric + " (" + unit + "); baseline=" + plain(baseline)
                + "; target=" + plain(target) + "; direction=" + direction + "; targetDate=" + targetDate
                + "; supplierOwner=" + supplierOwnerId + "; customerOwner=" + customerOwnerId
                + "; whyItMatters=" + whyItMatters;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    Kpi kpi() {
        return new Kpi(metric, unit, baseline.stripTrailingZeros(), target.stripTrailingZeros(), direction, targetDate);
    }

    long getProgramId() {
        return programId;
    }

    String getTitle() {
        return title;
    }

    String getWhyItMatters() {
        return whyItMatters;
    }

    long getSupplierOwnerId() {
        return supplierOwnerId;
    }

    long getCustomerOwnerId() {
        return customerOwnerId;
    }

    GoalStatus getStatus() {
        return status;
    }
}
