package com.cohelm.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Responses are edited until their pulse closes, never deleted. */
interface PulseResponseRepository extends Repository<PulseResponse, Long> {

    PulseResponse saveAndFlush(PulseResponse response);

    PulseResponse save(PulseResponse response);

    Optional<PulseResponse> findByPulseIdAndRespondentId(long pulseId, long respondentId);

    List<PulseResponse> findByPulseIdIn(Collection<Long> pulseIds);

    List<PulseResponse> findByPulseIdInAndInternalFalse(Collection<Long> pulseIds);

    List<PulseResponse> findByPulseId(long pulseId);
}
