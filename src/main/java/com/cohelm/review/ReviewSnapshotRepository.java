package com.cohelm.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSnapshotRepository extends JpaRepository<ReviewSnapshot, Long> {
}
