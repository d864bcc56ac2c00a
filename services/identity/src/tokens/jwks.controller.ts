import { Controller, Get, Header } from '@nestjs/common';
import { JWK } from 'jose';
import { Public } from '@mentormesh/auth';
import { KeyStore } from './key-store';

@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: KeyStore) {}

  @Public()
  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=300')
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: await this.keys.publishedKeys() };
  }
}
