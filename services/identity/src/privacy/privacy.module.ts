import { Module } from '@nestjs/common';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

@Module({ providers: [PrivacyRepository, PrivacyService, PrivacyResolver] })
export class PrivacyModule {}
