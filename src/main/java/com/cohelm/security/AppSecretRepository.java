package com.cohelm.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppSecretRepository extends JpaRepository<AppSecret, String> {
}
