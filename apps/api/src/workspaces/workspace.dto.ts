import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CreateWorkspaceDto {
  @ApiProperty({ example: 'Smith & Jones LLP' })
  @IsString()
  @Length(1, 200)
  name: string;
}
