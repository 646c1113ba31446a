package com.cohelm.program;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PortfolioProgramRepository extends Repository<Program, Long> {

    /**
     * The visible programs with their customers' names, the portfolio's search (program or customer name) and
     * status; by customer, then program name. The customer's name is the account feature's: it is read here,
     * in the same statement, because the portfolio searches and sorts by it across every visible program.
     */
    @Query("select new com.cohelm.program.PortfolioProgram(p.id, p.name, p.customerId, o.name, p.status,"
            + " dense_rank() over (order by o.name), dense_rank() over (order by p.name))"
            + " from Program p join Organization o on o.id = p.customerId"
            + " where " + ProgramRepository.VISIBLE_IN_SCOPE
            + " and (:status is null or p.status = :status)"
            + " and (:text is null or lower(p.name) like :text or lower(o.name) like :text)"
            + " order by o.name, p.name, p.id")
    List<PortfolioProgram> findVisible(ProgramScope scope, ProgramStatus status, String text);
}
