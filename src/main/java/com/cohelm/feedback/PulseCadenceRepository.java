package com.cohelm.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PulseCadenceRepository extends Repository<PulseCadenceSetting, Long> {

    PulseCadenceSetting saveAndFlush(PulseCadenceSetting setting);

    Optional<PulseCadenceSetting> findById(Long programId);

    List<PulseCadenceSetting> findByCadenceNot(PulseCadence cadence);
}
