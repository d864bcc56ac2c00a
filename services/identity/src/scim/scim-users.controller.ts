import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { IdentityConfig } from '../config';
import { StoredEmployee } from '../employees/employee-sync.repository';
import { ScimAuthGuard, ScimRequest } from './scim-auth.guard';
import { ScimErrorFilter } from './scim-error.filter';
import { parseUserFilter } from './scim-filter';
import { parseIfMatch, parsePaging } from './scim-request';
import { SCIM, SCIM_MEDIA_TYPE } from './scim-schemas';
import { etagOf, toScimUser } from './scim-user.mapper';
import { ScimUsersService } from './scim-users.service';

/** RFC 7644 Users endpoint for HR systems (Okta, Entra ID, Workday...), per-tenant integration tokens. */
@Public()
@UseGuards(ScimAuthGuard)
@UseFilters(ScimErrorFilter)
@Controller('scim/v2/Users')
export class ScimUsersController {
  private readonly baseUrl: string;

  constructor(
    private readonly users: ScimUsersService,
    @Inject(APP_CONFIG) config: IdentityConfig,
  ) {
    this.baseUrl = `${config.PUBLIC_URL.replace(/\/$/, '')}/scim/v2`;
  }

  @Get()
  async list(
    @Req() req: ScimRequest,
    @Res({ passthrough: true }) res: Response,
    @Query('filter') filter?: string,
    @Query('startIndex') startIndex?: string,
    @Query('count') count?: string,
  ): Promise<object> {
    const where = parseUserFilter(filter);
    const page = parsePaging(startIndex, count);
    const found = await this.users.list(req.integration!.tenantId, where, page.startIndex, page.count);
    res.type(SCIM_MEDIA_TYPE);
    return {
      schemas: [SCIM.listResponse],
      totalResults: found.total,
      startIndex: page.startIndex,
      itemsPerPage: found.employees.length,
      Resources: found.employees.map((e) => toScimUser(e, this.baseUrl)),
    };
  }

  @Get(':id')
  async get(
    @Req() req: ScimRequest,
    @Res({ passthrough: true }) res: Response,
    @Param('id') id: string,
  ): Promise<object> {
    return this.send(res, await this.users.get(req.integration!.tenantId, id));
  }

  @Post()
  @HttpCode(201)
  async create(
    @Req() req: ScimRequest,
    @Res({ passthrough: true }) res: Response,
    @Body() body: unknown,
  ): Promise<object> {
    const employee = await this.users.create(req.integration!.tenantId, body);
    res.setHeader('Location', `${this.baseUrl}/Users/${employee.id}`);
    return this.send(res, employee);
  }

  @Put(':id')
  async replace(
    @Req() req: ScimRequest,
    @Res({ passthrough: true }) res: Response,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch?: string,
  ): Promise<object> {
    return this.send(
      res,
      await this.users.replace(req.integration!.tenantId, id, body, parseIfMatch(ifMatch)),
    );
  }

  @Patch(':id')
  async patch(
    @Req() req: ScimRequest,
    @Res({ passthrough: true }) res: Response,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch?: string,
  ): Promise<object> {
    const tenantId = req.integration!.tenantId;
    return this.send(res, await this.users.patch(tenantId, id, body, this.baseUrl, parseIfMatch(ifMatch)));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(
    @Req() req: ScimRequest,
    @Param('id') id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.users.deactivate(req.integration!.tenantId, id, parseIfMatch(ifMatch));
  }

  private send(res: Response, employee: StoredEmployee): object {
    res.type(SCIM_MEDIA_TYPE);
    res.setHeader('ETag', etagOf(employee.version));
    return toScimUser(employee, this.baseUrl);
  }
}
