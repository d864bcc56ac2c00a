import { Controller, Get, Inject, Param, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { NotFoundError } from '@mentormesh/graphql';
import { IdentityConfig } from '../config';
import { ScimAuthGuard } from './scim-auth.guard';
import { ScimErrorFilter } from './scim-error.filter';
import {
  SCHEMA_ATTRIBUTES,
  SCIM,
  SCIM_MEDIA_TYPE,
  schemaDocument,
  serviceProviderConfig,
  userResourceType,
} from './scim-schemas';

/** ServiceProviderConfig, ResourceTypes and Schemas (RFC 7644 §4), for the same integration tokens. */
@Public()
@UseGuards(ScimAuthGuard)
@UseFilters(ScimErrorFilter)
@Controller('scim/v2')
export class ScimDiscoveryController {
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: IdentityConfig) {
    this.baseUrl = `${config.PUBLIC_URL.replace(/\/$/, '')}/scim/v2`;
  }

  @Get('ServiceProviderConfig')
  config(@Res({ passthrough: true }) res: Response): object {
    res.type(SCIM_MEDIA_TYPE);
    return serviceProviderConfig(this.baseUrl);
  }

  @Get('ResourceTypes')
  resourceTypes(@Res({ passthrough: true }) res: Response): object {
    res.type(SCIM_MEDIA_TYPE);
    return list([userResourceType(this.baseUrl)]);
  }

  @Get('ResourceTypes/:id')
  resourceType(@Res({ passthrough: true }) res: Response, @Param('id') id: string): object {
    if (id !== 'User') throw new NotFoundError('ResourceType', id);
    res.type(SCIM_MEDIA_TYPE);
    return userResourceType(this.baseUrl);
  }

  @Get('Schemas')
  schemas(@Res({ passthrough: true }) res: Response): object {
    res.type(SCIM_MEDIA_TYPE);
    return list(Object.keys(SCHEMA_ATTRIBUTES).map((id) => schemaDocument(id, this.baseUrl)!));
  }

  @Get('Schemas/:id')
  schema(@Res({ passthrough: true }) res: Response, @Param('id') id: string): object {
    const document = schemaDocument(id, this.baseUrl);
    if (!document) throw new NotFoundError('Schema', id);
    res.type(SCIM_MEDIA_TYPE);
    return document;
  }
}

function list(resources: object[]): object {
  return {
    schemas: [SCIM.listResponse],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
